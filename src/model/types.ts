/**
 * The catalog vocabulary shared by every layer: manifests are parsed into a desired tree,
 * connectors introspect into an observed tree, the planner compares the two.
 */

/** Levels of the OpenMetadata hierarchy below a service. */
export type ObjectKind = 'database' | 'schema' | 'table' | 'column';

export const OBJECT_KINDS: readonly ObjectKind[] = ['database', 'schema', 'table', 'column'];

/** What a table-level object really is at the source; decides DDL keywords (COMMENT ON VIEW ...). */
export type RelationKind =
  | 'table'
  | 'partitioned_table'
  | 'view'
  | 'materialized_view'
  | 'foreign_table'
  | 'external_table'
  /** Redshift `CREATE VIEW ... WITH NO SCHEMA BINDING`: its columns take no comments. */
  | 'late_binding_view'
  /** A table in Apache Iceberg format (Snowflake: its own ALTER ICEBERG TABLE statements). */
  | 'iceberg_table'
  /** A table a query keeps refreshed (Snowflake dynamic tables). */
  | 'dynamic_table'
  /** A table the system writes logs and traces to (Snowflake event tables). */
  | 'event_table'
  /** A row-store table for transactional work (Snowflake hybrid tables). */
  | 'hybrid_table'
  /** A read-only copy of a table at a point in time (BigQuery table snapshots). */
  | 'snapshot'
  /**
   * A kind the catalog reports that revmeta does not know (`ObservedNode.relationName` holds
   * the catalog's own word): the planner warns and plans nothing for it or its columns.
   */
  | 'unknown';

/** The metadata fields revmeta manages. */
/** `--target openmetadata`: plan and apply write to OpenMetadata itself instead of the services' sources. */
export const OPENMETADATA_TARGET = 'openmetadata';
/** Where plan and apply write: the services' sources (the default), or OpenMetadata. */
export const TARGETS = ['sources', OPENMETADATA_TARGET] as const;
export type Target = (typeof TARGETS)[number];

export type Field = 'description' | 'owner' | 'tag';

export const FIELDS: readonly Field[] = ['description', 'owner', 'tag'];

/** The `sync:` names of the config, one per field. */
export type SyncName = 'descriptions' | 'owners' | 'tags';

export const SYNC_OF_FIELD: Record<Field, SyncName> = {
  description: 'descriptions',
  owner: 'owners',
  tag: 'tags',
};

/**
 * Identity of one object inside a service, as the plan's JSON shows it.
 * `column` is the column name; nested fields are joined with '.' in `columnPath` order.
 */
export interface ObjectRef {
  kind: ObjectKind;
  database: string;
  schema?: string;
  table?: string;
  column?: string;
  /** For tables and columns: the relation kind at the source, when known. */
  relation?: RelationKind;
}

export interface SourceLocation {
  file: string;
  line: number;
  column: number;
}

/** Fields as a manifest states them. An absent field is unmanaged. */
export interface DesiredFields {
  description?: string;
  owners?: string[];
  tags?: string[];
}

export interface DesiredNode {
  kind: ObjectKind;
  name: string;
  fields: DesiredFields;
  /** Where the object is named in a manifest (its key or its `name:`). */
  location: SourceLocation;
  /** Where each field is written, for located conflicts. */
  fieldLocations: Partial<Record<keyof DesiredFields, SourceLocation>>;
  /** database → schemas, schema → tables, table → columns, column → nested columns. */
  children: DesiredNode[];
}

export interface DesiredService {
  name: string;
  databases: DesiredNode[];
}

export interface ManifestFile {
  /** Path relative to the manifests folder, with '/' separators. */
  path: string;
  sha256: string;
}

export interface DesiredState {
  services: Map<string, DesiredService>;
  files: ManifestFile[];
}

/** What a source holds for one object. `null` means "none". */
export interface ObservedNode {
  kind: ObjectKind;
  name: string;
  relation?: RelationKind;
  /** For `relation: 'unknown'`: the kind as the catalog names it (e.g. Snowflake's TABLE_TYPE). */
  relationName?: string;
  description: string | null;
  owner: string | null;
  /**
   * Every owner, for a source that holds several per object (`Capabilities.multipleOwners`);
   * the planner then reads this instead of `owner`. Absent: `owner` alone.
   */
  owners?: string[];
  /**
   * Principals the source refuses as this object's owner, each with the source's reason, read
   * at introspection (a SQL Server login that already has a user in the database): planning
   * one is a conflict rather than a statement that must fail. Absent: none known.
   */
  refusedOwners?: Record<string, string>;
  /** Source tag key → value. */
  tags: Record<string, string>;
  children: ObservedNode[];
}

export interface ObservedService {
  service: string;
  databases: ObservedNode[];
  /**
   * For sources whose tag keys are objects that must exist before a value is set (e.g. tags
   * created in a schema): the keys that exist. Absent: any key may be written. The planner
   * matches a key to these exactly, else case-insensitively when only one matches.
   */
  availableTagKeys?: AvailableTagKey[];
}

/** A tag key that exists at the source, and the values it accepts when it restricts them. */
export interface AvailableTagKey {
  name: string;
  /** Absent: any value. */
  allowedValues?: string[];
}

export function childKind(kind: ObjectKind): ObjectKind {
  switch (kind) {
    case 'database':
      return 'schema';
    case 'schema':
      return 'table';
    case 'table':
    case 'column':
      return 'column';
  }
}
