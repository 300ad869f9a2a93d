/** Vendor documents behind SQL Server's capability matrix (docs/connectors/mssql-matrix.md). */
import type { ConnectorEvidence } from '../matrix.js';

const SQL = 'https://learn.microsoft.com/sql';

export const evidence: ConnectorEvidence = {
  catalog: {
    url: `${SQL}/relational-databases/system-catalog-views/sys-objects-transact-sql`,
    kinds: { table: "sys.objects.type 'U'", view: "'V'" },
    unknown: "nothing: introspection reads only types 'U' and 'V' (user tables and views); other object types are not relations",
  },
  statements: [
    { opens: /^EXEC sys\.sp_addextendedproperty /, url: `${SQL}/relational-databases/system-stored-procedures/sp-addextendedproperty-transact-sql` },
    { opens: /^EXEC sys\.sp_updateextendedproperty /, url: `${SQL}/relational-databases/system-stored-procedures/sp-updateextendedproperty-transact-sql` },
    { opens: /^EXEC sys\.sp_dropextendedproperty /, url: `${SQL}/relational-databases/system-stored-procedures/sp-dropextendedproperty-transact-sql` },
    { opens: /^ALTER AUTHORIZATION /, url: `${SQL}/t-sql/statements/alter-authorization-transact-sql` },
  ],
  refusals: [
    { field: 'owner', level: 'column', reason: 'a column has no owner of its own: it belongs to its table', url: `${SQL}/t-sql/statements/alter-authorization-transact-sql` },
    { field: 'tag', reason: 'SQL Server has no tags', url: `${SQL}/relational-databases/system-stored-procedures/sp-addextendedproperty-transact-sql` },
  ],
};
