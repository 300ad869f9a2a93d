import { createRequire as __revmetaCreateRequire } from 'node:module';
const require = __revmetaCreateRequire(import.meta.url);
import {
  client_exports as client_exports2,
  dist_es_exports,
  httpAuthSchemes_exports,
  init_client as init_client2,
  init_dist_es,
  init_httpAuthSchemes,
  init_protocols,
  init_protocols2,
  init_retry,
  protocols_exports,
  protocols_exports2,
  require_dist_cjs2 as require_dist_cjs,
  require_dist_cjs4 as require_dist_cjs2,
  retry_exports
} from "./chunk-DMLIQ42S.js";
import {
  checksum_exports,
  client_exports,
  config_exports,
  endpoints_exports,
  init_checksum,
  init_client,
  init_config,
  init_endpoints,
  init_schema,
  init_serde,
  schema_exports,
  serde_exports
} from "./chunk-5CMMJGTY.js";
import {
  __commonJS,
  __toCommonJS
} from "./chunk-3TQAK4K4.js";

// node_modules/@aws-sdk/client-athena/dist-cjs/index.js
var require_dist_cjs3 = __commonJS({
  "node_modules/@aws-sdk/client-athena/dist-cjs/index.js"(exports) {
    var { awsEndpointFunctions, emitWarningIfUnsupportedVersion: emitWarningIfUnsupportedVersion$1, createDefaultUserAgentProvider, getDefaultSocketTimeout, NODE_APP_ID_CONFIG_OPTIONS, getAwsRegionExtensionConfiguration, resolveAwsRegionExtensionConfiguration, resolveUserAgentConfig, resolveHostHeaderConfig, getUserAgentPlugin, getHostHeaderPlugin, getLoggerPlugin, getRecursionDetectionPlugin } = (init_client2(), __toCommonJS(client_exports2));
    var { getHttpAuthSchemeEndpointRuleSetPlugin, DefaultIdentityProviderConfig, getHttpSigningPlugin, createPaginator } = (init_dist_es(), __toCommonJS(dist_es_exports));
    var { normalizeProvider, getSmithyContext, ServiceException, NoOpLogger, emitWarningIfUnsupportedVersion, loadConfigsForDefaultMode, getDefaultExtensionConfiguration, resolveDefaultRuntimeConfig, Client, makeBuilder, createAggregatedClient } = (init_client(), __toCommonJS(client_exports));
    var { Command: $Command } = (init_client(), __toCommonJS(client_exports));
    exports.$Command = $Command;
    exports.__Client = Client;
    var { resolveDefaultsModeConfig, loadConfig, NODE_USE_FIPS_ENDPOINT_CONFIG_OPTIONS, NODE_USE_DUALSTACK_ENDPOINT_CONFIG_OPTIONS, NODE_REGION_CONFIG_OPTIONS, NODE_REGION_CONFIG_FILE_OPTIONS, resolveRegionConfig } = (init_config(), __toCommonJS(config_exports));
    var { BinaryDecisionDiagram, EndpointCache, decideEndpoint, customEndpointFunctions, resolveEndpointConfig, getEndpointPlugin } = (init_endpoints(), __toCommonJS(endpoints_exports));
    var { parseUrl, getHttpHandlerExtensionConfiguration, resolveHttpHandlerRuntimeConfig, getContentLengthPlugin } = (init_protocols(), __toCommonJS(protocols_exports));
    var { DEFAULT_RETRY_MODE, NODE_RETRY_MODE_CONFIG_OPTIONS, NODE_MAX_ATTEMPT_CONFIG_OPTIONS, resolveRetryConfig, getRetryPlugin } = (init_retry(), __toCommonJS(retry_exports));
    var { TypeRegistry, getSchemaSerdePlugin } = (init_schema(), __toCommonJS(schema_exports));
    var { resolveAwsSdkSigV4Config, AwsSdkSigV4Signer, NODE_AUTH_SCHEME_PREFERENCE_OPTIONS } = (init_httpAuthSchemes(), __toCommonJS(httpAuthSchemes_exports));
    var { defaultProvider } = require_dist_cjs2();
    var { toUtf8, fromUtf8, toBase64, fromBase64, calculateBodyLength } = (init_serde(), __toCommonJS(serde_exports));
    var { streamCollector, NodeHttpHandler } = require_dist_cjs();
    var { AwsJson1_1Protocol } = (init_protocols2(), __toCommonJS(protocols_exports2));
    var { Sha256 } = (init_checksum(), __toCommonJS(checksum_exports));
    var defaultAthenaHttpAuthSchemeParametersProvider = async (config, context, input) => {
      return {
        operation: getSmithyContext(context).operation,
        region: await normalizeProvider(config.region)() || (() => {
          throw new Error("expected `region` to be configured for `aws.auth#sigv4`");
        })()
      };
    };
    function createAwsAuthSigv4HttpAuthOption(authParameters) {
      return {
        schemeId: "aws.auth#sigv4",
        signingProperties: {
          name: "athena",
          region: authParameters.region
        },
        propertiesExtractor: (config, context) => ({
          signingProperties: {
            config,
            context
          }
        })
      };
    }
    var defaultAthenaHttpAuthSchemeProvider = (authParameters) => {
      const options = [];
      switch (authParameters.operation) {
        default: {
          options.push(createAwsAuthSigv4HttpAuthOption(authParameters));
        }
      }
      return options;
    };
    var resolveHttpAuthSchemeConfig = (config) => {
      const config_0 = resolveAwsSdkSigV4Config(config);
      return Object.assign(config_0, {
        authSchemePreference: normalizeProvider(config.authSchemePreference ?? [])
      });
    };
    var resolveClientEndpointParameters = (options) => {
      return Object.assign(options, {
        useDualstackEndpoint: options.useDualstackEndpoint ?? false,
        useFipsEndpoint: options.useFipsEndpoint ?? false,
        defaultSigningName: "athena"
      });
    };
    var commonParams = {
      UseFIPS: { type: "builtInParams", name: "useFipsEndpoint" },
      Endpoint: { type: "builtInParams", name: "endpoint" },
      Region: { type: "builtInParams", name: "region" },
      UseDualStack: { type: "builtInParams", name: "useDualstackEndpoint" }
    };
    var version = "3.1161.0";
    var packageInfo = {
      version
    };
    var k = "ref";
    var a = -1;
    var b = true;
    var c = "isSet";
    var d = "PartitionResult";
    var e = "booleanEquals";
    var f = "getAttr";
    var g = { [k]: "Endpoint" };
    var h = { [k]: d };
    var i = {};
    var j = [{ [k]: "Region" }];
    var _data = {
      conditions: [
        [c, [g]],
        [c, j],
        ["aws.partition", j, d],
        [e, [{ [k]: "UseFIPS" }, b]],
        [e, [{ [k]: "UseDualStack" }, b]],
        [e, [{ fn: f, argv: [h, "supportsDualStack"] }, b]],
        [e, [{ fn: f, argv: [h, "supportsFIPS"] }, b]]
      ],
      results: [
        [a],
        [a, "Invalid Configuration: FIPS and custom endpoint are not supported"],
        [a, "Invalid Configuration: Dualstack and custom endpoint are not supported"],
        [g, i],
        ["https://athena-fips.{Region}.{PartitionResult#dualStackDnsSuffix}", i],
        [a, "FIPS and DualStack are enabled, but this partition does not support one or both"],
        ["https://athena-fips.{Region}.{PartitionResult#dnsSuffix}", i],
        [a, "FIPS is enabled but this partition does not support FIPS"],
        ["https://athena.{Region}.{PartitionResult#dualStackDnsSuffix}", i],
        [a, "DualStack is enabled but this partition does not support DualStack"],
        ["https://athena.{Region}.{PartitionResult#dnsSuffix}", i],
        [a, "Invalid Configuration: Missing Region"]
      ]
    };
    var root = 2;
    var r = 1e8;
    var nodes = new Int32Array([
      -1,
      1,
      -1,
      0,
      12,
      3,
      1,
      4,
      r + 11,
      2,
      5,
      r + 11,
      3,
      8,
      6,
      4,
      7,
      r + 10,
      5,
      r + 8,
      r + 9,
      4,
      10,
      9,
      6,
      r + 6,
      r + 7,
      5,
      11,
      r + 5,
      6,
      r + 4,
      r + 5,
      3,
      r + 1,
      13,
      4,
      r + 2,
      r + 3
    ]);
    var bdd = BinaryDecisionDiagram.from(nodes, root, _data.conditions, _data.results);
    var cache = new EndpointCache({
      size: 50,
      params: ["Endpoint", "Region", "UseDualStack", "UseFIPS"]
    });
    var defaultEndpointResolver = (endpointParams, context = {}) => {
      return cache.get(endpointParams, () => decideEndpoint(bdd, {
        endpointParams,
        logger: context.logger
      }));
    };
    customEndpointFunctions.aws = awsEndpointFunctions;
    var AthenaServiceException = class _AthenaServiceException extends ServiceException {
      static shapeId = "smithy.ts.sdk.synthetic.com.amazonaws.athena#AthenaServiceException";
      constructor(options) {
        super(options);
        Object.setPrototypeOf(this, _AthenaServiceException.prototype);
      }
    };
    var InternalServerException = class _InternalServerException extends AthenaServiceException {
      static shapeId = "com.amazonaws.athena#InternalServerException";
      name = "InternalServerException";
      $fault = "server";
      Message;
      constructor(opts) {
        super({
          name: "InternalServerException",
          $fault: "server",
          ...opts
        });
        Object.setPrototypeOf(this, _InternalServerException.prototype);
        this.Message = opts.Message;
      }
    };
    var InvalidRequestException = class _InvalidRequestException extends AthenaServiceException {
      static shapeId = "com.amazonaws.athena#InvalidRequestException";
      name = "InvalidRequestException";
      $fault = "client";
      AthenaErrorCode;
      Message;
      constructor(opts) {
        super({
          name: "InvalidRequestException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _InvalidRequestException.prototype);
        this.AthenaErrorCode = opts.AthenaErrorCode;
        this.Message = opts.Message;
      }
    };
    var TooManyRequestsException = class _TooManyRequestsException extends AthenaServiceException {
      static shapeId = "com.amazonaws.athena#TooManyRequestsException";
      name = "TooManyRequestsException";
      $fault = "client";
      Message;
      Reason;
      constructor(opts) {
        super({
          name: "TooManyRequestsException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _TooManyRequestsException.prototype);
        this.Message = opts.Message;
        this.Reason = opts.Reason;
      }
    };
    var ResourceNotFoundException = class _ResourceNotFoundException extends AthenaServiceException {
      static shapeId = "com.amazonaws.athena#ResourceNotFoundException";
      name = "ResourceNotFoundException";
      $fault = "client";
      Message;
      ResourceName;
      constructor(opts) {
        super({
          name: "ResourceNotFoundException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _ResourceNotFoundException.prototype);
        this.Message = opts.Message;
        this.ResourceName = opts.ResourceName;
      }
    };
    var MetadataException = class _MetadataException extends AthenaServiceException {
      static shapeId = "com.amazonaws.athena#MetadataException";
      name = "MetadataException";
      $fault = "client";
      Message;
      constructor(opts) {
        super({
          name: "MetadataException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _MetadataException.prototype);
        this.Message = opts.Message;
      }
    };
    var SessionAlreadyExistsException = class _SessionAlreadyExistsException extends AthenaServiceException {
      static shapeId = "com.amazonaws.athena#SessionAlreadyExistsException";
      name = "SessionAlreadyExistsException";
      $fault = "client";
      Message;
      constructor(opts) {
        super({
          name: "SessionAlreadyExistsException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _SessionAlreadyExistsException.prototype);
        this.Message = opts.Message;
      }
    };
    var _AC = "AclConfiguration";
    var _ACd = "AdditionalConfigs";
    var _ACdd = "AdditionalConfiguration";
    var _AD = "AllocatedDpus";
    var _ADPUS = "ApplicationDPUSizes";
    var _ADPUSL = "ApplicationDPUSizesList";
    var _AE = "AthenaError";
    var _AEC = "AthenaErrorCode";
    var _ARI = "ApplicationRuntimeId";
    var _AT = "AuthToken";
    var _ATET = "AuthTokenExpirationTime";
    var _ATu = "AuthenticationType";
    var _BGNQ = "BatchGetNamedQuery";
    var _BGNQI = "BatchGetNamedQueryInput";
    var _BGNQO = "BatchGetNamedQueryOutput";
    var _BGPS = "BatchGetPreparedStatement";
    var _BGPSI = "BatchGetPreparedStatementInput";
    var _BGPSO = "BatchGetPreparedStatementOutput";
    var _BGQE = "BatchGetQueryExecution";
    var _BGQEI = "BatchGetQueryExecutionInput";
    var _BGQEO = "BatchGetQueryExecutionOutput";
    var _BSCPQ = "BytesScannedCutoffPerQuery";
    var _C = "Classification";
    var _CA = "CapacityAllocation";
    var _CAC = "CapacityAssignmentConfiguration";
    var _CAL = "CapacityAssignmentsList";
    var _CAa = "CapacityAssignment";
    var _CAap = "CapacityAssignments";
    var _CB = "CodeBlock";
    var _CC = "CalculationConfiguration";
    var _CCEC = "CustomerContentEncryptionConfiguration";
    var _CCR = "CancelCapacityReservation";
    var _CCRI = "CancelCapacityReservationInput";
    var _CCRIr = "CreateCapacityReservationInput";
    var _CCRO = "CancelCapacityReservationOutput";
    var _CCROr = "CreateCapacityReservationOutput";
    var _CCRr = "CreateCapacityReservation";
    var _CDC = "CreateDataCatalog";
    var _CDCI = "CreateDataCatalogInput";
    var _CDCO = "CreateDataCatalogOutput";
    var _CDS = "CoordinatorDpuSize";
    var _CDT = "CompletionDateTime";
    var _CEI = "CalculationExecutionId";
    var _CI = "ColumnInfo";
    var _CIL = "ColumnInfoList";
    var _CL = "CalculationsList";
    var _CLl = "ClassificationList";
    var _CLo = "ColumnList";
    var _CN = "CatalogName";
    var _CNI = "CreateNotebookInput";
    var _CNO = "CreateNotebookOutput";
    var _CNQ = "CreateNamedQuery";
    var _CNQI = "CreateNamedQueryInput";
    var _CNQO = "CreateNamedQueryOutput";
    var _CNr = "CreateNotebook";
    var _CPNU = "CreatePresignedNotebookUrl";
    var _CPNUR = "CreatePresignedNotebookUrlRequest";
    var _CPNURr = "CreatePresignedNotebookUrlResponse";
    var _CPS = "CreatePreparedStatement";
    var _CPSI = "CreatePreparedStatementInput";
    var _CPSO = "CreatePreparedStatementOutput";
    var _CR = "CalculationResult";
    var _CRL = "CapacityReservationsList";
    var _CRN = "CapacityReservationName";
    var _CRT = "ClientRequestToken";
    var _CRa = "CapacityReservation";
    var _CRap = "CapacityReservations";
    var _CS = "CalculationStatistics";
    var _CSa = "CalculationStatus";
    var _CSal = "CalculationSummary";
    var _CSas = "CaseSensitive";
    var _CT = "CreationTime";
    var _CTo = "ConnectionType";
    var _CTr = "CreateTime";
    var _CU = "ConfigurationUpdates";
    var _CULP = "CreateUserLevelPrefix";
    var _CWG = "CreateWorkGroup";
    var _CWGI = "CreateWorkGroupInput";
    var _CWGO = "CreateWorkGroupOutput";
    var _CWGT = "CopyWorkGroupTags";
    var _CWLC = "CloudWatchLoggingConfiguration";
    var _Ca = "Calculations";
    var _Cat = "Catalog";
    var _Ch = "Children";
    var _Cl = "Classifications";
    var _Co = "Column";
    var _Col = "Columns";
    var _Com = "Comment";
    var _Con = "Configuration";
    var _D = "Description";
    var _DC = "DataCatalog";
    var _DCO = "DeleteCatalogOnly";
    var _DCR = "DeleteCapacityReservation";
    var _DCRI = "DeleteCapacityReservationInput";
    var _DCRO = "DeleteCapacityReservationOutput";
    var _DCS = "DataCatalogSummary";
    var _DCSL = "DataCatalogSummaryList";
    var _DCSa = "DataCatalogsSummary";
    var _DCp = "DpuCount";
    var _DDC = "DeleteDataCatalog";
    var _DDCI = "DeleteDataCatalogInput";
    var _DDCO = "DeleteDataCatalogOutput";
    var _DEDS = "DefaultExecutorDpuSize";
    var _DEIM = "DpuExecutionInMillis";
    var _DL = "DatabaseList";
    var _DML = "DataManifestLocation";
    var _DN = "DatabaseName";
    var _DNI = "DeleteNotebookInput";
    var _DNO = "DeleteNotebookOutput";
    var _DNQ = "DeleteNamedQuery";
    var _DNQI = "DeleteNamedQueryInput";
    var _DNQO = "DeleteNamedQueryOutput";
    var _DNe = "DeleteNotebook";
    var _DPS = "DeletePreparedStatement";
    var _DPSI = "DeletePreparedStatementInput";
    var _DPSO = "DeletePreparedStatementOutput";
    var _DSIB = "DataScannedInBytes";
    var _DWG = "DeleteWorkGroup";
    var _DWGI = "DeleteWorkGroupInput";
    var _DWGO = "DeleteWorkGroupOutput";
    var _Da = "Database";
    var _Dat = "Datum";
    var _Data = "Data";
    var _E = "Enabled";
    var _EBO = "ExpectedBucketOwner";
    var _EC = "ErrorCategory";
    var _ECn = "EncryptionConfiguration";
    var _ECng = "EngineConfiguration";
    var _ECr = "ErrorCode";
    var _EDT = "EndDateTime";
    var _EETIM = "EngineExecutionTimeInMillis";
    var _EEV = "EffectiveEngineVersion";
    var _EI = "ExecutorId";
    var _EIC = "EnableIdentityCenter";
    var _EM = "ErrorMessage";
    var _EMEC = "EnableMinimumEncryptionConfiguration";
    var _EN = "ExportNotebook";
    var _ENI = "ExportNotebookInput";
    var _ENO = "ExportNotebookOutput";
    var _EO = "EncryptionOption";
    var _EP = "ExecutionParameters";
    var _ER = "ExecutionRole";
    var _ES = "ExecutorsSummary";
    var _ESAG = "EnableS3AccessGrants";
    var _ESF = "ExecutorStateFilter";
    var _ESL = "ExecutorsSummaryList";
    var _ESx = "ExecutorState";
    var _ESxe = "ExecutorSize";
    var _ET = "ErrorType";
    var _ETx = "ExecutorType";
    var _ETxe = "ExecutionTime";
    var _EU = "EndpointUrl";
    var _EV = "EngineVersion";
    var _EVL = "EngineVersionsList";
    var _EVn = "EngineVersions";
    var _EWGC = "EnforceWorkGroupConfiguration";
    var _Er = "Error";
    var _Ex = "Expression";
    var _F = "Filters";
    var _FD = "FilterDefinition";
    var _GCAC = "GetCapacityAssignmentConfiguration";
    var _GCACI = "GetCapacityAssignmentConfigurationInput";
    var _GCACO = "GetCapacityAssignmentConfigurationOutput";
    var _GCE = "GetCalculationExecution";
    var _GCEC = "GetCalculationExecutionCode";
    var _GCECR = "GetCalculationExecutionCodeRequest";
    var _GCECRe = "GetCalculationExecutionCodeResponse";
    var _GCER = "GetCalculationExecutionRequest";
    var _GCERe = "GetCalculationExecutionResponse";
    var _GCES = "GetCalculationExecutionStatus";
    var _GCESR = "GetCalculationExecutionStatusRequest";
    var _GCESRe = "GetCalculationExecutionStatusResponse";
    var _GCR = "GetCapacityReservation";
    var _GCRI = "GetCapacityReservationInput";
    var _GCRO = "GetCapacityReservationOutput";
    var _GD = "GetDatabase";
    var _GDC = "GetDataCatalog";
    var _GDCI = "GetDataCatalogInput";
    var _GDCO = "GetDataCatalogOutput";
    var _GDI = "GetDatabaseInput";
    var _GDO = "GetDatabaseOutput";
    var _GNM = "GetNotebookMetadata";
    var _GNMI = "GetNotebookMetadataInput";
    var _GNMO = "GetNotebookMetadataOutput";
    var _GNQ = "GetNamedQuery";
    var _GNQI = "GetNamedQueryInput";
    var _GNQO = "GetNamedQueryOutput";
    var _GPS = "GetPreparedStatement";
    var _GPSI = "GetPreparedStatementInput";
    var _GPSO = "GetPreparedStatementOutput";
    var _GQE = "GetQueryExecution";
    var _GQEI = "GetQueryExecutionInput";
    var _GQEO = "GetQueryExecutionOutput";
    var _GQR = "GetQueryResults";
    var _GQRI = "GetQueryResultsInput";
    var _GQRO = "GetQueryResultsOutput";
    var _GQRS = "GetQueryRuntimeStatistics";
    var _GQRSI = "GetQueryRuntimeStatisticsInput";
    var _GQRSO = "GetQueryRuntimeStatisticsOutput";
    var _GRD = "GetResourceDashboard";
    var _GRDR = "GetResourceDashboardRequest";
    var _GRDRe = "GetResourceDashboardResponse";
    var _GS = "GetSession";
    var _GSE = "GetSessionEndpoint";
    var _GSER = "GetSessionEndpointRequest";
    var _GSERe = "GetSessionEndpointResponse";
    var _GSR = "GetSessionRequest";
    var _GSRe = "GetSessionResponse";
    var _GSS = "GetSessionStatus";
    var _GSSR = "GetSessionStatusRequest";
    var _GSSRe = "GetSessionStatusResponse";
    var _GTM = "GetTableMetadata";
    var _GTMI = "GetTableMetadataInput";
    var _GTMO = "GetTableMetadataOutput";
    var _GWG = "GetWorkGroup";
    var _GWGI = "GetWorkGroupInput";
    var _GWGO = "GetWorkGroupOutput";
    var _I = "Identifier";
    var _IB = "InputBytes";
    var _ICAA = "IdentityCenterApplicationArn";
    var _ICC = "IdentityCenterConfiguration";
    var _ICIA = "IdentityCenterInstanceArn";
    var _IN = "ImportNotebook";
    var _INI = "ImportNotebookInput";
    var _INO = "ImportNotebookOutput";
    var _IR = "InputRows";
    var _IRE = "InvalidRequestException";
    var _ISDT = "IdleSinceDateTime";
    var _ISE = "InternalServerException";
    var _ITS = "IdleTimeoutSeconds";
    var _K = "Key";
    var _KK = "KmsKey";
    var _L = "Label";
    var _LA = "LastAllocation";
    var _LADPUS = "ListApplicationDPUSizes";
    var _LADPUSI = "ListApplicationDPUSizesInput";
    var _LADPUSO = "ListApplicationDPUSizesOutput";
    var _LAT = "LastAccessTime";
    var _LCE = "ListCalculationExecutions";
    var _LCER = "ListCalculationExecutionsRequest";
    var _LCERi = "ListCalculationExecutionsResponse";
    var _LCR = "ListCapacityReservations";
    var _LCRI = "ListCapacityReservationsInput";
    var _LCRO = "ListCapacityReservationsOutput";
    var _LD = "ListDatabases";
    var _LDC = "ListDataCatalogs";
    var _LDCI = "ListDataCatalogsInput";
    var _LDCO = "ListDataCatalogsOutput";
    var _LDI = "ListDatabasesInput";
    var _LDO = "ListDatabasesOutput";
    var _LE = "ListExecutors";
    var _LER = "ListExecutorsRequest";
    var _LERi = "ListExecutorsResponse";
    var _LEV = "ListEngineVersions";
    var _LEVI = "ListEngineVersionsInput";
    var _LEVO = "ListEngineVersionsOutput";
    var _LG = "LogGroup";
    var _LL = "LogLocation";
    var _LMDT = "LastModifiedDateTime";
    var _LMT = "LastModifiedTime";
    var _LNM = "ListNotebookMetadata";
    var _LNMI = "ListNotebookMetadataInput";
    var _LNMO = "ListNotebookMetadataOutput";
    var _LNQ = "ListNamedQueries";
    var _LNQI = "ListNamedQueriesInput";
    var _LNQO = "ListNamedQueriesOutput";
    var _LNS = "ListNotebookSessions";
    var _LNSR = "ListNotebookSessionsRequest";
    var _LNSRi = "ListNotebookSessionsResponse";
    var _LPS = "ListPreparedStatements";
    var _LPSI = "ListPreparedStatementsInput";
    var _LPSO = "ListPreparedStatementsOutput";
    var _LQE = "ListQueryExecutions";
    var _LQEI = "ListQueryExecutionsInput";
    var _LQEO = "ListQueryExecutionsOutput";
    var _LS = "ListSessions";
    var _LSAT = "LastSuccessfulAllocationTime";
    var _LSNP = "LogStreamNamePrefix";
    var _LSR = "ListSessionsRequest";
    var _LSRi = "ListSessionsResponse";
    var _LT = "LogTypes";
    var _LTFR = "ListTagsForResource";
    var _LTFRI = "ListTagsForResourceInput";
    var _LTFRO = "ListTagsForResourceOutput";
    var _LTM = "LogTypesMap";
    var _LTMI = "ListTableMetadataInput";
    var _LTMO = "ListTableMetadataOutput";
    var _LTMi = "ListTableMetadata";
    var _LWG = "ListWorkGroups";
    var _LWGI = "ListWorkGroupsInput";
    var _LWGO = "ListWorkGroupsOutput";
    var _M = "Message";
    var _MAIM = "MaxAgeInMinutes";
    var _MC = "MonitoringConfiguration";
    var _MCD = "MaxConcurrentDpus";
    var _ME = "MetadataException";
    var _MLC = "ManagedLoggingConfiguration";
    var _MQRC = "ManagedQueryResultsConfiguration";
    var _MQRCU = "ManagedQueryResultsConfigurationUpdates";
    var _MQREC = "ManagedQueryResultsEncryptionConfiguration";
    var _MR = "MaxResults";
    var _N = "Name";
    var _NI = "NotebookId";
    var _NM = "NotebookMetadata";
    var _NMA = "NotebookMetadataArray";
    var _NML = "NotebookMetadataList";
    var _NQ = "NamedQueries";
    var _NQI = "NamedQueryIds";
    var _NQIa = "NamedQueryId";
    var _NQL = "NamedQueryList";
    var _NQa = "NamedQuery";
    var _NSL = "NotebookSessionsList";
    var _NSLU = "NotebookS3LocationUri";
    var _NSS = "NotebookSessionSummary";
    var _NT = "NextToken";
    var _NU = "NotebookUrl";
    var _NV = "NotebookVersion";
    var _Nu = "Nullable";
    var _OB = "OutputBytes";
    var _OL = "OutputLocation";
    var _OR = "OutputRows";
    var _OS = "OutputStage";
    var _P = "Progress";
    var _PCAC = "PutCapacityAssignmentConfiguration";
    var _PCACI = "PutCapacityAssignmentConfigurationInput";
    var _PCACO = "PutCapacityAssignmentConfigurationOutput";
    var _PCWME = "PublishCloudWatchMetricsEnabled";
    var _PK = "PartitionKeys";
    var _PS = "PreparedStatements";
    var _PSDL = "PreparedStatementDetailsList";
    var _PSL = "PreparedStatementsList";
    var _PSN = "PreparedStatementNames";
    var _PSS = "PreparedStatementSummary";
    var _PSr = "PreparedStatement";
    var _Pa = "Parameters";
    var _Pay = "Payload";
    var _Pr = "Properties";
    var _Pre = "Precision";
    var _Q = "Query";
    var _QE = "QueryExecutions";
    var _QEC = "QueryExecutionContext";
    var _QEI = "QueryExecutionIds";
    var _QEIu = "QueryExecutionId";
    var _QEL = "QueryExecutionList";
    var _QES = "QueryExecutionStatistics";
    var _QESu = "QueryExecutionStatus";
    var _QEu = "QueryExecution";
    var _QPTIM = "QueryPlanningTimeInMillis";
    var _QQTIM = "QueryQueueTimeInMillis";
    var _QRS = "QueryRuntimeStatistics";
    var _QRSAGC = "QueryResultsS3AccessGrantsConfiguration";
    var _QRSR = "QueryRuntimeStatisticsRows";
    var _QRST = "QueryRuntimeStatisticsTimeline";
    var _QRT = "QueryResultType";
    var _QS = "QueryString";
    var _QSP = "QueryStagePlan";
    var _QSPN = "QueryStagePlanNode";
    var _QSPNu = "QueryStagePlanNodes";
    var _QSu = "QueryStatement";
    var _QSue = "QueryStage";
    var _QSuer = "QueryStages";
    var _R = "Reason";
    var _RAC = "RemoveAclConfiguration";
    var _RARN = "ResourceARN";
    var _RBSCPQ = "RemoveBytesScannedCutoffPerQuery";
    var _RC = "ResultConfiguration";
    var _RCCEC = "RemoveCustomerContentEncryptionConfiguration";
    var _RCT = "RequestCompletionTime";
    var _RCU = "ResultConfigurationUpdates";
    var _RDO = "RecursiveDeleteOption";
    var _REBO = "RemoveExpectedBucketOwner";
    var _REC = "RemoveEncryptionConfiguration";
    var _RL = "RowList";
    var _RN = "ResourceName";
    var _RNFE = "ResourceNotFoundException";
    var _ROL = "RemoveOutputLocation";
    var _RPE = "RequesterPaysEnabled";
    var _RPR = "ReusedPreviousResult";
    var _RRBAC = "ResultReuseByAgeConfiguration";
    var _RRC = "ResultReuseConfiguration";
    var _RRI = "ResultReuseInformation";
    var _RS = "ResultSet";
    var _RSM = "ResultSetMetadata";
    var _RSU = "ResultS3Uri";
    var _RSe = "RemoteSources";
    var _RT = "ResultType";
    var _RTe = "RequestTime";
    var _Re = "Retryable";
    var _Res = "Result";
    var _Ro = "Rows";
    var _Row = "Row";
    var _S = "State";
    var _SAEE = "SessionAlreadyExistsException";
    var _SAO = "S3AclOption";
    var _SC = "SessionConfiguration";
    var _SCE = "StartCalculationExecution";
    var _SCER = "StartCalculationExecutionRequest";
    var _SCERt = "StartCalculationExecutionResponse";
    var _SCERto = "StopCalculationExecutionRequest";
    var _SCERtop = "StopCalculationExecutionResponse";
    var _SCEt = "StopCalculationExecution";
    var _SCR = "StateChangeReason";
    var _SDPUS = "SupportedDPUSizes";
    var _SDT = "SubmissionDateTime";
    var _SDTt = "StartDateTime";
    var _SESU = "StdErrorS3Uri";
    var _SEV = "SelectedEngineVersion";
    var _SF = "StateFilter";
    var _SI = "SessionId";
    var _SITIM = "SessionIdleTimeoutInMinutes";
    var _SIt = "StageId";
    var _SL = "SessionsList";
    var _SLC = "S3LoggingConfiguration";
    var _SM = "StatusMessage";
    var _SN = "SchemaName";
    var _SNt = "StatementName";
    var _SOSU = "StdOutS3Uri";
    var _SP = "SparkProperties";
    var _SPPTIM = "ServicePreProcessingTimeInMillis";
    var _SPTIM = "ServiceProcessingTimeInMillis";
    var _SQE = "StartQueryExecution";
    var _SQEI = "StartQueryExecutionInput";
    var _SQEIt = "StopQueryExecutionInput";
    var _SQEO = "StartQueryExecutionOutput";
    var _SQEOt = "StopQueryExecutionOutput";
    var _SQEt = "StopQueryExecution";
    var _SS = "SubStages";
    var _SSR = "StartSessionRequest";
    var _SSRt = "StartSessionResponse";
    var _SSe = "SessionStatistics";
    var _SSes = "SessionStatus";
    var _SSess = "SessionSummary";
    var _SSt = "StartSession";
    var _ST = "StatementType";
    var _STu = "SubstatementType";
    var _Sc = "Scale";
    var _Se = "Sessions";
    var _St = "Status";
    var _Sta = "Statistics";
    var _T = "Type";
    var _TD = "TargetDpus";
    var _TDT = "TerminationDateTime";
    var _TETIM = "TotalExecutionTimeInMillis";
    var _TK = "TagKeys";
    var _TL = "TagList";
    var _TM = "TableMetadata";
    var _TML = "TableMetadataList";
    var _TMRE = "TooManyRequestsException";
    var _TN = "TableName";
    var _TR = "TagResource";
    var _TRI = "TagResourceInput";
    var _TRO = "TagResourceOutput";
    var _TS = "TerminateSession";
    var _TSR = "TerminateSessionRequest";
    var _TSRe = "TerminateSessionResponse";
    var _TT = "TableType";
    var _Ta = "Tags";
    var _Tag = "Tag";
    var _Ti = "Timeline";
    var _U = "Url";
    var _UC = "UpdateCount";
    var _UCR = "UpdateCapacityReservation";
    var _UCRI = "UpdateCapacityReservationInput";
    var _UCRO = "UpdateCapacityReservationOutput";
    var _UDC = "UpdateDataCatalog";
    var _UDCI = "UpdateDataCatalogInput";
    var _UDCO = "UpdateDataCatalogOutput";
    var _UN = "UpdateNotebook";
    var _UNI = "UpdateNotebookInput";
    var _UNM = "UpdateNotebookMetadata";
    var _UNMI = "UpdateNotebookMetadataInput";
    var _UNMO = "UpdateNotebookMetadataOutput";
    var _UNO = "UpdateNotebookOutput";
    var _UNQ = "UpdateNamedQuery";
    var _UNQI = "UnprocessedNamedQueryIds";
    var _UNQIL = "UnprocessedNamedQueryIdList";
    var _UNQIn = "UnprocessedNamedQueryId";
    var _UNQIp = "UpdateNamedQueryInput";
    var _UNQO = "UpdateNamedQueryOutput";
    var _UPS = "UpdatePreparedStatement";
    var _UPSI = "UpdatePreparedStatementInput";
    var _UPSN = "UnprocessedPreparedStatementNames";
    var _UPSNL = "UnprocessedPreparedStatementNameList";
    var _UPSNn = "UnprocessedPreparedStatementName";
    var _UPSO = "UpdatePreparedStatementOutput";
    var _UQEI = "UnprocessedQueryExecutionIds";
    var _UQEIL = "UnprocessedQueryExecutionIdList";
    var _UQEIn = "UnprocessedQueryExecutionId";
    var _UR = "UntagResource";
    var _URI = "UntagResourceInput";
    var _URO = "UntagResourceOutput";
    var _UWG = "UpdateWorkGroup";
    var _UWGI = "UpdateWorkGroupInput";
    var _UWGO = "UpdateWorkGroupOutput";
    var _V = "Value";
    var _VCV = "VarCharValue";
    var _WD = "WorkingDirectory";
    var _WG = "WorkGroup";
    var _WGC = "WorkGroupConfiguration";
    var _WGCU = "WorkGroupConfigurationUpdates";
    var _WGL = "WorkGroupsList";
    var _WGN = "WorkGroupNames";
    var _WGNo = "WorkGroupName";
    var _WGS = "WorkGroupSummary";
    var _WGo = "WorkGroups";
    var _c = "client";
    var _dL = "datumList";
    var _e = "error";
    var _s = "smithy.ts.sdk.synthetic.com.amazonaws.athena";
    var _se = "server";
    var n0 = "com.amazonaws.athena";
    var _s_registry = new TypeRegistry(_s);
    var AthenaServiceException$ = [-3, _s, "AthenaServiceException", 0, [], []];
    _s_registry.registerError(AthenaServiceException$, AthenaServiceException);
    var n0_registry = new TypeRegistry(n0);
    var InternalServerException$ = [
      -3,
      n0,
      _ISE,
      { [_e]: _se },
      [_M],
      [0]
    ];
    n0_registry.registerError(InternalServerException$, InternalServerException);
    var InvalidRequestException$ = [
      -3,
      n0,
      _IRE,
      { [_e]: _c },
      [_AEC, _M],
      [0, 0]
    ];
    n0_registry.registerError(InvalidRequestException$, InvalidRequestException);
    var MetadataException$ = [
      -3,
      n0,
      _ME,
      { [_e]: _c },
      [_M],
      [0]
    ];
    n0_registry.registerError(MetadataException$, MetadataException);
    var ResourceNotFoundException$ = [
      -3,
      n0,
      _RNFE,
      { [_e]: _c },
      [_M, _RN],
      [0, 0]
    ];
    n0_registry.registerError(ResourceNotFoundException$, ResourceNotFoundException);
    var SessionAlreadyExistsException$ = [
      -3,
      n0,
      _SAEE,
      { [_e]: _c },
      [_M],
      [0]
    ];
    n0_registry.registerError(SessionAlreadyExistsException$, SessionAlreadyExistsException);
    var TooManyRequestsException$ = [
      -3,
      n0,
      _TMRE,
      { [_e]: _c },
      [_M, _R],
      [0, 0]
    ];
    n0_registry.registerError(TooManyRequestsException$, TooManyRequestsException);
    var errorTypeRegistries = [
      _s_registry,
      n0_registry
    ];
    var AclConfiguration$ = [
      3,
      n0,
      _AC,
      0,
      [_SAO],
      [0],
      1
    ];
    var ApplicationDPUSizes$ = [
      3,
      n0,
      _ADPUS,
      0,
      [_ARI, _SDPUS],
      [0, 64 | 1]
    ];
    var AthenaError$ = [
      3,
      n0,
      _AE,
      0,
      [_EC, _ET, _Re, _EM],
      [1, 1, 2, 0]
    ];
    var BatchGetNamedQueryInput$ = [
      3,
      n0,
      _BGNQI,
      0,
      [_NQI],
      [64 | 0],
      1
    ];
    var BatchGetNamedQueryOutput$ = [
      3,
      n0,
      _BGNQO,
      0,
      [_NQ, _UNQI],
      [() => NamedQueryList, () => UnprocessedNamedQueryIdList]
    ];
    var BatchGetPreparedStatementInput$ = [
      3,
      n0,
      _BGPSI,
      0,
      [_PSN, _WG],
      [64 | 0, 0],
      2
    ];
    var BatchGetPreparedStatementOutput$ = [
      3,
      n0,
      _BGPSO,
      0,
      [_PS, _UPSN],
      [() => PreparedStatementDetailsList, () => UnprocessedPreparedStatementNameList]
    ];
    var BatchGetQueryExecutionInput$ = [
      3,
      n0,
      _BGQEI,
      0,
      [_QEI],
      [64 | 0],
      1
    ];
    var BatchGetQueryExecutionOutput$ = [
      3,
      n0,
      _BGQEO,
      0,
      [_QE, _UQEI],
      [() => QueryExecutionList, () => UnprocessedQueryExecutionIdList]
    ];
    var CalculationConfiguration$ = [
      3,
      n0,
      _CC,
      0,
      [_CB],
      [0]
    ];
    var CalculationResult$ = [
      3,
      n0,
      _CR,
      0,
      [_SOSU, _SESU, _RSU, _RT],
      [0, 0, 0, 0]
    ];
    var CalculationStatistics$ = [
      3,
      n0,
      _CS,
      0,
      [_DEIM, _P],
      [1, 0]
    ];
    var CalculationStatus$ = [
      3,
      n0,
      _CSa,
      0,
      [_SDT, _CDT, _S, _SCR],
      [4, 4, 0, 0]
    ];
    var CalculationSummary$ = [
      3,
      n0,
      _CSal,
      0,
      [_CEI, _D, _St],
      [0, 0, () => CalculationStatus$]
    ];
    var CancelCapacityReservationInput$ = [
      3,
      n0,
      _CCRI,
      0,
      [_N],
      [0],
      1
    ];
    var CancelCapacityReservationOutput$ = [
      3,
      n0,
      _CCRO,
      0,
      [],
      []
    ];
    var CapacityAllocation$ = [
      3,
      n0,
      _CA,
      0,
      [_St, _RTe, _SM, _RCT],
      [0, 4, 0, 4],
      2
    ];
    var CapacityAssignment$ = [
      3,
      n0,
      _CAa,
      0,
      [_WGN],
      [64 | 0]
    ];
    var CapacityAssignmentConfiguration$ = [
      3,
      n0,
      _CAC,
      0,
      [_CRN, _CAap],
      [0, () => CapacityAssignmentsList]
    ];
    var CapacityReservation$ = [
      3,
      n0,
      _CRa,
      0,
      [_N, _St, _TD, _AD, _CT, _LA, _LSAT],
      [0, 0, 1, 1, 4, () => CapacityAllocation$, 4],
      5
    ];
    var Classification$ = [
      3,
      n0,
      _C,
      0,
      [_N, _Pr],
      [0, 128 | 0]
    ];
    var CloudWatchLoggingConfiguration$ = [
      3,
      n0,
      _CWLC,
      0,
      [_E, _LG, _LSNP, _LT],
      [2, 0, 0, [2, n0, _LTM, 0, 0, 64 | 0]],
      1
    ];
    var Column$ = [
      3,
      n0,
      _Co,
      0,
      [_N, _T, _Com],
      [0, 0, 0],
      1
    ];
    var ColumnInfo$ = [
      3,
      n0,
      _CI,
      0,
      [_N, _T, _CN, _SN, _TN, _L, _Pre, _Sc, _Nu, _CSas],
      [0, 0, 0, 0, 0, 0, 1, 1, 0, 2],
      2
    ];
    var CreateCapacityReservationInput$ = [
      3,
      n0,
      _CCRIr,
      0,
      [_TD, _N, _Ta],
      [1, 0, () => TagList],
      2
    ];
    var CreateCapacityReservationOutput$ = [
      3,
      n0,
      _CCROr,
      0,
      [],
      []
    ];
    var CreateDataCatalogInput$ = [
      3,
      n0,
      _CDCI,
      0,
      [_N, _T, _D, _Pa, _Ta],
      [0, 0, 0, 128 | 0, () => TagList],
      2
    ];
    var CreateDataCatalogOutput$ = [
      3,
      n0,
      _CDCO,
      0,
      [_DC],
      [() => DataCatalog$]
    ];
    var CreateNamedQueryInput$ = [
      3,
      n0,
      _CNQI,
      0,
      [_N, _Da, _QS, _D, _CRT, _WG],
      [0, 0, 0, 0, [0, 4], 0],
      3
    ];
    var CreateNamedQueryOutput$ = [
      3,
      n0,
      _CNQO,
      0,
      [_NQIa],
      [0]
    ];
    var CreateNotebookInput$ = [
      3,
      n0,
      _CNI,
      0,
      [_WG, _N, _CRT],
      [0, 0, 0],
      2
    ];
    var CreateNotebookOutput$ = [
      3,
      n0,
      _CNO,
      0,
      [_NI],
      [0]
    ];
    var CreatePreparedStatementInput$ = [
      3,
      n0,
      _CPSI,
      0,
      [_SNt, _WG, _QSu, _D],
      [0, 0, 0, 0],
      3
    ];
    var CreatePreparedStatementOutput$ = [
      3,
      n0,
      _CPSO,
      0,
      [],
      []
    ];
    var CreatePresignedNotebookUrlRequest$ = [
      3,
      n0,
      _CPNUR,
      0,
      [_SI],
      [0],
      1
    ];
    var CreatePresignedNotebookUrlResponse$ = [
      3,
      n0,
      _CPNURr,
      0,
      [_NU, _AT, _ATET],
      [0, 0, 1],
      3
    ];
    var CreateWorkGroupInput$ = [
      3,
      n0,
      _CWGI,
      0,
      [_N, _Con, _D, _Ta],
      [0, () => WorkGroupConfiguration$, 0, () => TagList],
      1
    ];
    var CreateWorkGroupOutput$ = [
      3,
      n0,
      _CWGO,
      0,
      [],
      []
    ];
    var CustomerContentEncryptionConfiguration$ = [
      3,
      n0,
      _CCEC,
      0,
      [_KK],
      [0],
      1
    ];
    var Database$ = [
      3,
      n0,
      _Da,
      0,
      [_N, _D, _Pa],
      [0, 0, 128 | 0],
      1
    ];
    var DataCatalog$ = [
      3,
      n0,
      _DC,
      0,
      [_N, _T, _D, _Pa, _St, _CTo, _Er],
      [0, 0, 0, 128 | 0, 0, 0, 0],
      2
    ];
    var DataCatalogSummary$ = [
      3,
      n0,
      _DCS,
      0,
      [_CN, _T, _St, _CTo, _Er],
      [0, 0, 0, 0, 0]
    ];
    var Datum$ = [
      3,
      n0,
      _Dat,
      0,
      [_VCV],
      [0]
    ];
    var DeleteCapacityReservationInput$ = [
      3,
      n0,
      _DCRI,
      0,
      [_N],
      [0],
      1
    ];
    var DeleteCapacityReservationOutput$ = [
      3,
      n0,
      _DCRO,
      0,
      [],
      []
    ];
    var DeleteDataCatalogInput$ = [
      3,
      n0,
      _DDCI,
      0,
      [_N, _DCO],
      [0, 2],
      1
    ];
    var DeleteDataCatalogOutput$ = [
      3,
      n0,
      _DDCO,
      0,
      [_DC],
      [() => DataCatalog$]
    ];
    var DeleteNamedQueryInput$ = [
      3,
      n0,
      _DNQI,
      0,
      [_NQIa],
      [[0, 4]]
    ];
    var DeleteNamedQueryOutput$ = [
      3,
      n0,
      _DNQO,
      0,
      [],
      []
    ];
    var DeleteNotebookInput$ = [
      3,
      n0,
      _DNI,
      0,
      [_NI],
      [0],
      1
    ];
    var DeleteNotebookOutput$ = [
      3,
      n0,
      _DNO,
      0,
      [],
      []
    ];
    var DeletePreparedStatementInput$ = [
      3,
      n0,
      _DPSI,
      0,
      [_SNt, _WG],
      [0, 0],
      2
    ];
    var DeletePreparedStatementOutput$ = [
      3,
      n0,
      _DPSO,
      0,
      [],
      []
    ];
    var DeleteWorkGroupInput$ = [
      3,
      n0,
      _DWGI,
      0,
      [_WG, _RDO],
      [0, 2],
      1
    ];
    var DeleteWorkGroupOutput$ = [
      3,
      n0,
      _DWGO,
      0,
      [],
      []
    ];
    var EncryptionConfiguration$ = [
      3,
      n0,
      _ECn,
      0,
      [_EO, _KK],
      [0, 0],
      1
    ];
    var EngineConfiguration$ = [
      3,
      n0,
      _ECng,
      0,
      [_CDS, _MCD, _DEDS, _ACd, _SP, _Cl],
      [1, 1, 1, 128 | 0, 128 | 0, () => ClassificationList]
    ];
    var EngineVersion$ = [
      3,
      n0,
      _EV,
      0,
      [_SEV, _EEV],
      [0, 0]
    ];
    var ExecutorsSummary$ = [
      3,
      n0,
      _ES,
      0,
      [_EI, _ETx, _SDTt, _TDT, _ESx, _ESxe],
      [0, 0, 1, 1, 0, 1],
      1
    ];
    var ExportNotebookInput$ = [
      3,
      n0,
      _ENI,
      0,
      [_NI],
      [0],
      1
    ];
    var ExportNotebookOutput$ = [
      3,
      n0,
      _ENO,
      0,
      [_NM, _Pay],
      [() => NotebookMetadata$, 0]
    ];
    var FilterDefinition$ = [
      3,
      n0,
      _FD,
      0,
      [_N],
      [0]
    ];
    var GetCalculationExecutionCodeRequest$ = [
      3,
      n0,
      _GCECR,
      0,
      [_CEI],
      [0],
      1
    ];
    var GetCalculationExecutionCodeResponse$ = [
      3,
      n0,
      _GCECRe,
      0,
      [_CB],
      [0]
    ];
    var GetCalculationExecutionRequest$ = [
      3,
      n0,
      _GCER,
      0,
      [_CEI],
      [0],
      1
    ];
    var GetCalculationExecutionResponse$ = [
      3,
      n0,
      _GCERe,
      0,
      [_CEI, _SI, _D, _WD, _St, _Sta, _Res],
      [0, 0, 0, 0, () => CalculationStatus$, () => CalculationStatistics$, () => CalculationResult$]
    ];
    var GetCalculationExecutionStatusRequest$ = [
      3,
      n0,
      _GCESR,
      0,
      [_CEI],
      [0],
      1
    ];
    var GetCalculationExecutionStatusResponse$ = [
      3,
      n0,
      _GCESRe,
      0,
      [_St, _Sta],
      [() => CalculationStatus$, () => CalculationStatistics$]
    ];
    var GetCapacityAssignmentConfigurationInput$ = [
      3,
      n0,
      _GCACI,
      0,
      [_CRN],
      [0],
      1
    ];
    var GetCapacityAssignmentConfigurationOutput$ = [
      3,
      n0,
      _GCACO,
      0,
      [_CAC],
      [() => CapacityAssignmentConfiguration$],
      1
    ];
    var GetCapacityReservationInput$ = [
      3,
      n0,
      _GCRI,
      0,
      [_N],
      [0],
      1
    ];
    var GetCapacityReservationOutput$ = [
      3,
      n0,
      _GCRO,
      0,
      [_CRa],
      [() => CapacityReservation$],
      1
    ];
    var GetDatabaseInput$ = [
      3,
      n0,
      _GDI,
      0,
      [_CN, _DN, _WG],
      [0, 0, 0],
      2
    ];
    var GetDatabaseOutput$ = [
      3,
      n0,
      _GDO,
      0,
      [_Da],
      [() => Database$]
    ];
    var GetDataCatalogInput$ = [
      3,
      n0,
      _GDCI,
      0,
      [_N, _WG],
      [0, 0],
      1
    ];
    var GetDataCatalogOutput$ = [
      3,
      n0,
      _GDCO,
      0,
      [_DC],
      [() => DataCatalog$]
    ];
    var GetNamedQueryInput$ = [
      3,
      n0,
      _GNQI,
      0,
      [_NQIa],
      [0],
      1
    ];
    var GetNamedQueryOutput$ = [
      3,
      n0,
      _GNQO,
      0,
      [_NQa],
      [() => NamedQuery$]
    ];
    var GetNotebookMetadataInput$ = [
      3,
      n0,
      _GNMI,
      0,
      [_NI],
      [0],
      1
    ];
    var GetNotebookMetadataOutput$ = [
      3,
      n0,
      _GNMO,
      0,
      [_NM],
      [() => NotebookMetadata$]
    ];
    var GetPreparedStatementInput$ = [
      3,
      n0,
      _GPSI,
      0,
      [_SNt, _WG],
      [0, 0],
      2
    ];
    var GetPreparedStatementOutput$ = [
      3,
      n0,
      _GPSO,
      0,
      [_PSr],
      [() => PreparedStatement$]
    ];
    var GetQueryExecutionInput$ = [
      3,
      n0,
      _GQEI,
      0,
      [_QEIu],
      [0],
      1
    ];
    var GetQueryExecutionOutput$ = [
      3,
      n0,
      _GQEO,
      0,
      [_QEu],
      [() => QueryExecution$]
    ];
    var GetQueryResultsInput$ = [
      3,
      n0,
      _GQRI,
      0,
      [_QEIu, _NT, _MR, _QRT],
      [0, 0, 1, 0],
      1
    ];
    var GetQueryResultsOutput$ = [
      3,
      n0,
      _GQRO,
      0,
      [_UC, _RS, _NT],
      [1, () => ResultSet$, 0]
    ];
    var GetQueryRuntimeStatisticsInput$ = [
      3,
      n0,
      _GQRSI,
      0,
      [_QEIu],
      [0],
      1
    ];
    var GetQueryRuntimeStatisticsOutput$ = [
      3,
      n0,
      _GQRSO,
      0,
      [_QRS],
      [() => QueryRuntimeStatistics$]
    ];
    var GetResourceDashboardRequest$ = [
      3,
      n0,
      _GRDR,
      0,
      [_RARN],
      [0],
      1
    ];
    var GetResourceDashboardResponse$ = [
      3,
      n0,
      _GRDRe,
      0,
      [_U],
      [0],
      1
    ];
    var GetSessionEndpointRequest$ = [
      3,
      n0,
      _GSER,
      0,
      [_SI],
      [0],
      1
    ];
    var GetSessionEndpointResponse$ = [
      3,
      n0,
      _GSERe,
      0,
      [_EU, _AT, _ATET],
      [0, 0, 4],
      3
    ];
    var GetSessionRequest$ = [
      3,
      n0,
      _GSR,
      0,
      [_SI],
      [0],
      1
    ];
    var GetSessionResponse$ = [
      3,
      n0,
      _GSRe,
      0,
      [_SI, _D, _WG, _EV, _ECng, _NV, _MC, _SC, _St, _Sta],
      [0, 0, 0, 0, () => EngineConfiguration$, 0, () => MonitoringConfiguration$, () => SessionConfiguration$, () => SessionStatus$, () => SessionStatistics$]
    ];
    var GetSessionStatusRequest$ = [
      3,
      n0,
      _GSSR,
      0,
      [_SI],
      [0],
      1
    ];
    var GetSessionStatusResponse$ = [
      3,
      n0,
      _GSSRe,
      0,
      [_SI, _St],
      [0, () => SessionStatus$]
    ];
    var GetTableMetadataInput$ = [
      3,
      n0,
      _GTMI,
      0,
      [_CN, _DN, _TN, _WG],
      [0, 0, 0, 0],
      3
    ];
    var GetTableMetadataOutput$ = [
      3,
      n0,
      _GTMO,
      0,
      [_TM],
      [() => TableMetadata$]
    ];
    var GetWorkGroupInput$ = [
      3,
      n0,
      _GWGI,
      0,
      [_WG],
      [0],
      1
    ];
    var GetWorkGroupOutput$ = [
      3,
      n0,
      _GWGO,
      0,
      [_WG],
      [() => WorkGroup$]
    ];
    var IdentityCenterConfiguration$ = [
      3,
      n0,
      _ICC,
      0,
      [_EIC, _ICIA],
      [2, 0]
    ];
    var ImportNotebookInput$ = [
      3,
      n0,
      _INI,
      0,
      [_WG, _N, _T, _Pay, _NSLU, _CRT],
      [0, 0, 0, 0, 0, 0],
      3
    ];
    var ImportNotebookOutput$ = [
      3,
      n0,
      _INO,
      0,
      [_NI],
      [0]
    ];
    var ListApplicationDPUSizesInput$ = [
      3,
      n0,
      _LADPUSI,
      0,
      [_MR, _NT],
      [1, 0]
    ];
    var ListApplicationDPUSizesOutput$ = [
      3,
      n0,
      _LADPUSO,
      0,
      [_ADPUS, _NT],
      [() => ApplicationDPUSizesList, 0]
    ];
    var ListCalculationExecutionsRequest$ = [
      3,
      n0,
      _LCER,
      0,
      [_SI, _SF, _MR, _NT],
      [0, 0, 1, 0],
      1
    ];
    var ListCalculationExecutionsResponse$ = [
      3,
      n0,
      _LCERi,
      0,
      [_NT, _Ca],
      [0, () => CalculationsList]
    ];
    var ListCapacityReservationsInput$ = [
      3,
      n0,
      _LCRI,
      0,
      [_NT, _MR],
      [0, 1]
    ];
    var ListCapacityReservationsOutput$ = [
      3,
      n0,
      _LCRO,
      0,
      [_CRap, _NT],
      [() => CapacityReservationsList, 0],
      1
    ];
    var ListDatabasesInput$ = [
      3,
      n0,
      _LDI,
      0,
      [_CN, _NT, _MR, _WG],
      [0, 0, 1, 0],
      1
    ];
    var ListDatabasesOutput$ = [
      3,
      n0,
      _LDO,
      0,
      [_DL, _NT],
      [() => DatabaseList, 0]
    ];
    var ListDataCatalogsInput$ = [
      3,
      n0,
      _LDCI,
      0,
      [_NT, _MR, _WG],
      [0, 1, 0]
    ];
    var ListDataCatalogsOutput$ = [
      3,
      n0,
      _LDCO,
      0,
      [_DCSa, _NT],
      [() => DataCatalogSummaryList, 0]
    ];
    var ListEngineVersionsInput$ = [
      3,
      n0,
      _LEVI,
      0,
      [_NT, _MR],
      [0, 1]
    ];
    var ListEngineVersionsOutput$ = [
      3,
      n0,
      _LEVO,
      0,
      [_EVn, _NT],
      [() => EngineVersionsList, 0]
    ];
    var ListExecutorsRequest$ = [
      3,
      n0,
      _LER,
      0,
      [_SI, _ESF, _MR, _NT],
      [0, 0, 1, 0],
      1
    ];
    var ListExecutorsResponse$ = [
      3,
      n0,
      _LERi,
      0,
      [_SI, _NT, _ES],
      [0, 0, () => ExecutorsSummaryList],
      1
    ];
    var ListNamedQueriesInput$ = [
      3,
      n0,
      _LNQI,
      0,
      [_NT, _MR, _WG],
      [0, 1, 0]
    ];
    var ListNamedQueriesOutput$ = [
      3,
      n0,
      _LNQO,
      0,
      [_NQI, _NT],
      [64 | 0, 0]
    ];
    var ListNotebookMetadataInput$ = [
      3,
      n0,
      _LNMI,
      0,
      [_WG, _F, _NT, _MR],
      [0, () => FilterDefinition$, 0, 1],
      1
    ];
    var ListNotebookMetadataOutput$ = [
      3,
      n0,
      _LNMO,
      0,
      [_NT, _NML],
      [0, () => NotebookMetadataArray]
    ];
    var ListNotebookSessionsRequest$ = [
      3,
      n0,
      _LNSR,
      0,
      [_NI, _MR, _NT],
      [0, 1, 0],
      1
    ];
    var ListNotebookSessionsResponse$ = [
      3,
      n0,
      _LNSRi,
      0,
      [_NSL, _NT],
      [() => NotebookSessionsList, 0],
      1
    ];
    var ListPreparedStatementsInput$ = [
      3,
      n0,
      _LPSI,
      0,
      [_WG, _NT, _MR],
      [0, 0, 1],
      1
    ];
    var ListPreparedStatementsOutput$ = [
      3,
      n0,
      _LPSO,
      0,
      [_PS, _NT],
      [() => PreparedStatementsList, 0]
    ];
    var ListQueryExecutionsInput$ = [
      3,
      n0,
      _LQEI,
      0,
      [_NT, _MR, _WG],
      [0, 1, 0]
    ];
    var ListQueryExecutionsOutput$ = [
      3,
      n0,
      _LQEO,
      0,
      [_QEI, _NT],
      [64 | 0, 0]
    ];
    var ListSessionsRequest$ = [
      3,
      n0,
      _LSR,
      0,
      [_WG, _SF, _MR, _NT],
      [0, 0, 1, 0],
      1
    ];
    var ListSessionsResponse$ = [
      3,
      n0,
      _LSRi,
      0,
      [_NT, _Se],
      [0, () => SessionsList]
    ];
    var ListTableMetadataInput$ = [
      3,
      n0,
      _LTMI,
      0,
      [_CN, _DN, _Ex, _NT, _MR, _WG],
      [0, 0, 0, 0, 1, 0],
      2
    ];
    var ListTableMetadataOutput$ = [
      3,
      n0,
      _LTMO,
      0,
      [_TML, _NT],
      [() => TableMetadataList, 0]
    ];
    var ListTagsForResourceInput$ = [
      3,
      n0,
      _LTFRI,
      0,
      [_RARN, _NT, _MR],
      [0, 0, 1],
      1
    ];
    var ListTagsForResourceOutput$ = [
      3,
      n0,
      _LTFRO,
      0,
      [_Ta, _NT],
      [() => TagList, 0]
    ];
    var ListWorkGroupsInput$ = [
      3,
      n0,
      _LWGI,
      0,
      [_NT, _MR],
      [0, 1]
    ];
    var ListWorkGroupsOutput$ = [
      3,
      n0,
      _LWGO,
      0,
      [_WGo, _NT],
      [() => WorkGroupsList, 0]
    ];
    var ManagedLoggingConfiguration$ = [
      3,
      n0,
      _MLC,
      0,
      [_E, _KK],
      [2, 0],
      1
    ];
    var ManagedQueryResultsConfiguration$ = [
      3,
      n0,
      _MQRC,
      0,
      [_E, _ECn],
      [2, () => ManagedQueryResultsEncryptionConfiguration$],
      1
    ];
    var ManagedQueryResultsConfigurationUpdates$ = [
      3,
      n0,
      _MQRCU,
      0,
      [_E, _ECn, _REC],
      [2, () => ManagedQueryResultsEncryptionConfiguration$, 2]
    ];
    var ManagedQueryResultsEncryptionConfiguration$ = [
      3,
      n0,
      _MQREC,
      0,
      [_KK],
      [0],
      1
    ];
    var MonitoringConfiguration$ = [
      3,
      n0,
      _MC,
      0,
      [_CWLC, _MLC, _SLC],
      [() => CloudWatchLoggingConfiguration$, () => ManagedLoggingConfiguration$, () => S3LoggingConfiguration$]
    ];
    var NamedQuery$ = [
      3,
      n0,
      _NQa,
      0,
      [_N, _Da, _QS, _D, _NQIa, _WG],
      [0, 0, 0, 0, 0, 0],
      3
    ];
    var NotebookMetadata$ = [
      3,
      n0,
      _NM,
      0,
      [_NI, _N, _WG, _CT, _T, _LMT],
      [0, 0, 0, 4, 0, 4]
    ];
    var NotebookSessionSummary$ = [
      3,
      n0,
      _NSS,
      0,
      [_SI, _CT],
      [0, 4]
    ];
    var PreparedStatement$ = [
      3,
      n0,
      _PSr,
      0,
      [_SNt, _QSu, _WGNo, _D, _LMT],
      [0, 0, 0, 0, 4]
    ];
    var PreparedStatementSummary$ = [
      3,
      n0,
      _PSS,
      0,
      [_SNt, _LMT],
      [0, 4]
    ];
    var PutCapacityAssignmentConfigurationInput$ = [
      3,
      n0,
      _PCACI,
      0,
      [_CRN, _CAap],
      [0, () => CapacityAssignmentsList],
      2
    ];
    var PutCapacityAssignmentConfigurationOutput$ = [
      3,
      n0,
      _PCACO,
      0,
      [],
      []
    ];
    var QueryExecution$ = [
      3,
      n0,
      _QEu,
      0,
      [_QEIu, _Q, _ST, _MQRC, _RC, _RRC, _QEC, _St, _Sta, _WG, _EV, _EP, _STu, _QRSAGC],
      [0, 0, 0, () => ManagedQueryResultsConfiguration$, () => ResultConfiguration$, () => ResultReuseConfiguration$, () => QueryExecutionContext$, () => QueryExecutionStatus$, () => QueryExecutionStatistics$, 0, () => EngineVersion$, 64 | 0, 0, () => QueryResultsS3AccessGrantsConfiguration$]
    ];
    var QueryExecutionContext$ = [
      3,
      n0,
      _QEC,
      0,
      [_Da, _Cat],
      [0, 0]
    ];
    var QueryExecutionStatistics$ = [
      3,
      n0,
      _QES,
      0,
      [_EETIM, _DSIB, _DML, _TETIM, _QQTIM, _SPPTIM, _QPTIM, _SPTIM, _RRI, _DCp],
      [1, 1, 0, 1, 1, 1, 1, 1, () => ResultReuseInformation$, 1]
    ];
    var QueryExecutionStatus$ = [
      3,
      n0,
      _QESu,
      0,
      [_S, _SCR, _SDT, _CDT, _AE],
      [0, 0, 4, 4, () => AthenaError$]
    ];
    var QueryResultsS3AccessGrantsConfiguration$ = [
      3,
      n0,
      _QRSAGC,
      0,
      [_ESAG, _ATu, _CULP],
      [2, 0, 2],
      2
    ];
    var QueryRuntimeStatistics$ = [
      3,
      n0,
      _QRS,
      0,
      [_Ti, _Ro, _OS],
      [() => QueryRuntimeStatisticsTimeline$, () => QueryRuntimeStatisticsRows$, () => QueryStage$]
    ];
    var QueryRuntimeStatisticsRows$ = [
      3,
      n0,
      _QRSR,
      0,
      [_IR, _IB, _OB, _OR],
      [1, 1, 1, 1]
    ];
    var QueryRuntimeStatisticsTimeline$ = [
      3,
      n0,
      _QRST,
      0,
      [_QQTIM, _SPPTIM, _QPTIM, _EETIM, _SPTIM, _TETIM],
      [1, 1, 1, 1, 1, 1]
    ];
    var QueryStage$ = [
      3,
      n0,
      _QSue,
      0,
      [_SIt, _S, _OB, _OR, _IB, _IR, _ETxe, _QSP, _SS],
      [1, 0, 1, 1, 1, 1, 1, () => QueryStagePlanNode$, () => QueryStages]
    ];
    var QueryStagePlanNode$ = [
      3,
      n0,
      _QSPN,
      0,
      [_N, _I, _Ch, _RSe],
      [0, 0, () => QueryStagePlanNodes, 64 | 0]
    ];
    var ResultConfiguration$ = [
      3,
      n0,
      _RC,
      0,
      [_OL, _ECn, _EBO, _AC],
      [0, () => EncryptionConfiguration$, 0, () => AclConfiguration$]
    ];
    var ResultConfigurationUpdates$ = [
      3,
      n0,
      _RCU,
      0,
      [_OL, _ROL, _ECn, _REC, _EBO, _REBO, _AC, _RAC],
      [0, 2, () => EncryptionConfiguration$, 2, 0, 2, () => AclConfiguration$, 2]
    ];
    var ResultReuseByAgeConfiguration$ = [
      3,
      n0,
      _RRBAC,
      0,
      [_E, _MAIM],
      [2, 1],
      1
    ];
    var ResultReuseConfiguration$ = [
      3,
      n0,
      _RRC,
      0,
      [_RRBAC],
      [() => ResultReuseByAgeConfiguration$]
    ];
    var ResultReuseInformation$ = [
      3,
      n0,
      _RRI,
      0,
      [_RPR],
      [2],
      1
    ];
    var ResultSet$ = [
      3,
      n0,
      _RS,
      0,
      [_Ro, _RSM],
      [() => RowList, () => ResultSetMetadata$]
    ];
    var ResultSetMetadata$ = [
      3,
      n0,
      _RSM,
      0,
      [_CI],
      [() => ColumnInfoList]
    ];
    var Row$ = [
      3,
      n0,
      _Row,
      0,
      [_Data],
      [() => datumList]
    ];
    var S3LoggingConfiguration$ = [
      3,
      n0,
      _SLC,
      0,
      [_E, _KK, _LL],
      [2, 0, 0],
      1
    ];
    var SessionConfiguration$ = [
      3,
      n0,
      _SC,
      0,
      [_ER, _WD, _ITS, _SITIM, _ECn],
      [0, 0, 1, 1, () => EncryptionConfiguration$]
    ];
    var SessionStatistics$ = [
      3,
      n0,
      _SSe,
      0,
      [_DEIM],
      [1]
    ];
    var SessionStatus$ = [
      3,
      n0,
      _SSes,
      0,
      [_SDTt, _LMDT, _EDT, _ISDT, _S, _SCR],
      [4, 4, 4, 4, 0, 0]
    ];
    var SessionSummary$ = [
      3,
      n0,
      _SSess,
      0,
      [_SI, _D, _EV, _NV, _St],
      [0, 0, () => EngineVersion$, 0, () => SessionStatus$]
    ];
    var StartCalculationExecutionRequest$ = [
      3,
      n0,
      _SCER,
      0,
      [_SI, _D, _CC, _CB, _CRT],
      [0, 0, () => CalculationConfiguration$, 0, 0],
      1
    ];
    var StartCalculationExecutionResponse$ = [
      3,
      n0,
      _SCERt,
      0,
      [_CEI, _S],
      [0, 0]
    ];
    var StartQueryExecutionInput$ = [
      3,
      n0,
      _SQEI,
      0,
      [_QS, _CRT, _QEC, _RC, _WG, _EP, _RRC, _ECng],
      [0, [0, 4], () => QueryExecutionContext$, () => ResultConfiguration$, 0, 64 | 0, () => ResultReuseConfiguration$, () => EngineConfiguration$],
      1
    ];
    var StartQueryExecutionOutput$ = [
      3,
      n0,
      _SQEO,
      0,
      [_QEIu],
      [0]
    ];
    var StartSessionRequest$ = [
      3,
      n0,
      _SSR,
      0,
      [_WG, _ECng, _D, _ER, _MC, _NV, _SITIM, _CRT, _Ta, _CWGT],
      [0, () => EngineConfiguration$, 0, 0, () => MonitoringConfiguration$, 0, 1, 0, () => TagList, 2],
      2
    ];
    var StartSessionResponse$ = [
      3,
      n0,
      _SSRt,
      0,
      [_SI, _S],
      [0, 0]
    ];
    var StopCalculationExecutionRequest$ = [
      3,
      n0,
      _SCERto,
      0,
      [_CEI],
      [0],
      1
    ];
    var StopCalculationExecutionResponse$ = [
      3,
      n0,
      _SCERtop,
      0,
      [_S],
      [0]
    ];
    var StopQueryExecutionInput$ = [
      3,
      n0,
      _SQEIt,
      0,
      [_QEIu],
      [[0, 4]]
    ];
    var StopQueryExecutionOutput$ = [
      3,
      n0,
      _SQEOt,
      0,
      [],
      []
    ];
    var TableMetadata$ = [
      3,
      n0,
      _TM,
      0,
      [_N, _CTr, _LAT, _TT, _Col, _PK, _Pa],
      [0, 4, 4, 0, () => ColumnList, () => ColumnList, 128 | 0],
      1
    ];
    var Tag$ = [
      3,
      n0,
      _Tag,
      0,
      [_K, _V],
      [0, 0]
    ];
    var TagResourceInput$ = [
      3,
      n0,
      _TRI,
      0,
      [_RARN, _Ta],
      [0, () => TagList],
      2
    ];
    var TagResourceOutput$ = [
      3,
      n0,
      _TRO,
      0,
      [],
      []
    ];
    var TerminateSessionRequest$ = [
      3,
      n0,
      _TSR,
      0,
      [_SI],
      [0],
      1
    ];
    var TerminateSessionResponse$ = [
      3,
      n0,
      _TSRe,
      0,
      [_S],
      [0]
    ];
    var UnprocessedNamedQueryId$ = [
      3,
      n0,
      _UNQIn,
      0,
      [_NQIa, _ECr, _EM],
      [0, 0, 0]
    ];
    var UnprocessedPreparedStatementName$ = [
      3,
      n0,
      _UPSNn,
      0,
      [_SNt, _ECr, _EM],
      [0, 0, 0]
    ];
    var UnprocessedQueryExecutionId$ = [
      3,
      n0,
      _UQEIn,
      0,
      [_QEIu, _ECr, _EM],
      [0, 0, 0]
    ];
    var UntagResourceInput$ = [
      3,
      n0,
      _URI,
      0,
      [_RARN, _TK],
      [0, 64 | 0],
      2
    ];
    var UntagResourceOutput$ = [
      3,
      n0,
      _URO,
      0,
      [],
      []
    ];
    var UpdateCapacityReservationInput$ = [
      3,
      n0,
      _UCRI,
      0,
      [_TD, _N],
      [1, 0],
      2
    ];
    var UpdateCapacityReservationOutput$ = [
      3,
      n0,
      _UCRO,
      0,
      [],
      []
    ];
    var UpdateDataCatalogInput$ = [
      3,
      n0,
      _UDCI,
      0,
      [_N, _T, _D, _Pa],
      [0, 0, 0, 128 | 0],
      2
    ];
    var UpdateDataCatalogOutput$ = [
      3,
      n0,
      _UDCO,
      0,
      [],
      []
    ];
    var UpdateNamedQueryInput$ = [
      3,
      n0,
      _UNQIp,
      0,
      [_NQIa, _N, _QS, _D],
      [0, 0, 0, 0],
      3
    ];
    var UpdateNamedQueryOutput$ = [
      3,
      n0,
      _UNQO,
      0,
      [],
      []
    ];
    var UpdateNotebookInput$ = [
      3,
      n0,
      _UNI,
      0,
      [_NI, _Pay, _T, _SI, _CRT],
      [0, 0, 0, 0, 0],
      3
    ];
    var UpdateNotebookMetadataInput$ = [
      3,
      n0,
      _UNMI,
      0,
      [_NI, _N, _CRT],
      [0, 0, 0],
      2
    ];
    var UpdateNotebookMetadataOutput$ = [
      3,
      n0,
      _UNMO,
      0,
      [],
      []
    ];
    var UpdateNotebookOutput$ = [
      3,
      n0,
      _UNO,
      0,
      [],
      []
    ];
    var UpdatePreparedStatementInput$ = [
      3,
      n0,
      _UPSI,
      0,
      [_SNt, _WG, _QSu, _D],
      [0, 0, 0, 0],
      3
    ];
    var UpdatePreparedStatementOutput$ = [
      3,
      n0,
      _UPSO,
      0,
      [],
      []
    ];
    var UpdateWorkGroupInput$ = [
      3,
      n0,
      _UWGI,
      0,
      [_WG, _D, _CU, _S],
      [0, 0, () => WorkGroupConfigurationUpdates$, 0],
      1
    ];
    var UpdateWorkGroupOutput$ = [
      3,
      n0,
      _UWGO,
      0,
      [],
      []
    ];
    var WorkGroup$ = [
      3,
      n0,
      _WG,
      0,
      [_N, _S, _Con, _D, _CT, _ICAA],
      [0, 0, () => WorkGroupConfiguration$, 0, 4, 0],
      1
    ];
    var WorkGroupConfiguration$ = [
      3,
      n0,
      _WGC,
      0,
      [_RC, _MQRC, _EWGC, _PCWME, _BSCPQ, _RPE, _EV, _ACdd, _ER, _MC, _ECng, _CCEC, _EMEC, _ICC, _QRSAGC],
      [() => ResultConfiguration$, () => ManagedQueryResultsConfiguration$, 2, 2, 1, 2, () => EngineVersion$, 0, 0, () => MonitoringConfiguration$, () => EngineConfiguration$, () => CustomerContentEncryptionConfiguration$, 2, () => IdentityCenterConfiguration$, () => QueryResultsS3AccessGrantsConfiguration$]
    ];
    var WorkGroupConfigurationUpdates$ = [
      3,
      n0,
      _WGCU,
      0,
      [_EWGC, _RCU, _MQRCU, _PCWME, _BSCPQ, _RBSCPQ, _RPE, _EV, _RCCEC, _ACdd, _ER, _CCEC, _EMEC, _QRSAGC, _MC, _ECng],
      [2, () => ResultConfigurationUpdates$, () => ManagedQueryResultsConfigurationUpdates$, 2, 1, 2, 2, () => EngineVersion$, 2, 0, 0, () => CustomerContentEncryptionConfiguration$, 2, () => QueryResultsS3AccessGrantsConfiguration$, () => MonitoringConfiguration$, () => EngineConfiguration$]
    ];
    var WorkGroupSummary$ = [
      3,
      n0,
      _WGS,
      0,
      [_N, _S, _D, _CT, _EV, _ICAA],
      [0, 0, 0, 4, () => EngineVersion$, 0]
    ];
    var ApplicationDPUSizesList = [
      1,
      n0,
      _ADPUSL,
      0,
      () => ApplicationDPUSizes$
    ];
    var CalculationsList = [
      1,
      n0,
      _CL,
      0,
      () => CalculationSummary$
    ];
    var CapacityAssignmentsList = [
      1,
      n0,
      _CAL,
      0,
      () => CapacityAssignment$
    ];
    var CapacityReservationsList = [
      1,
      n0,
      _CRL,
      0,
      () => CapacityReservation$
    ];
    var ClassificationList = [
      1,
      n0,
      _CLl,
      0,
      () => Classification$
    ];
    var ColumnInfoList = [
      1,
      n0,
      _CIL,
      0,
      () => ColumnInfo$
    ];
    var ColumnList = [
      1,
      n0,
      _CLo,
      0,
      () => Column$
    ];
    var DatabaseList = [
      1,
      n0,
      _DL,
      0,
      () => Database$
    ];
    var DataCatalogSummaryList = [
      1,
      n0,
      _DCSL,
      0,
      () => DataCatalogSummary$
    ];
    var datumList = [
      1,
      n0,
      _dL,
      0,
      () => Datum$
    ];
    var EngineVersionsList = [
      1,
      n0,
      _EVL,
      0,
      () => EngineVersion$
    ];
    var ExecutorsSummaryList = [
      1,
      n0,
      _ESL,
      0,
      () => ExecutorsSummary$
    ];
    var NamedQueryList = [
      1,
      n0,
      _NQL,
      0,
      () => NamedQuery$
    ];
    var NotebookMetadataArray = [
      1,
      n0,
      _NMA,
      0,
      () => NotebookMetadata$
    ];
    var NotebookSessionsList = [
      1,
      n0,
      _NSL,
      0,
      () => NotebookSessionSummary$
    ];
    var PreparedStatementDetailsList = [
      1,
      n0,
      _PSDL,
      0,
      () => PreparedStatement$
    ];
    var PreparedStatementsList = [
      1,
      n0,
      _PSL,
      0,
      () => PreparedStatementSummary$
    ];
    var QueryExecutionList = [
      1,
      n0,
      _QEL,
      0,
      () => QueryExecution$
    ];
    var QueryStagePlanNodes = [
      1,
      n0,
      _QSPNu,
      0,
      () => QueryStagePlanNode$
    ];
    var QueryStages = [
      1,
      n0,
      _QSuer,
      0,
      () => QueryStage$
    ];
    var RowList = [
      1,
      n0,
      _RL,
      0,
      () => Row$
    ];
    var SessionsList = [
      1,
      n0,
      _SL,
      0,
      () => SessionSummary$
    ];
    var TableMetadataList = [
      1,
      n0,
      _TML,
      0,
      () => TableMetadata$
    ];
    var TagList = [
      1,
      n0,
      _TL,
      0,
      () => Tag$
    ];
    var UnprocessedNamedQueryIdList = [
      1,
      n0,
      _UNQIL,
      0,
      () => UnprocessedNamedQueryId$
    ];
    var UnprocessedPreparedStatementNameList = [
      1,
      n0,
      _UPSNL,
      0,
      () => UnprocessedPreparedStatementName$
    ];
    var UnprocessedQueryExecutionIdList = [
      1,
      n0,
      _UQEIL,
      0,
      () => UnprocessedQueryExecutionId$
    ];
    var WorkGroupsList = [
      1,
      n0,
      _WGL,
      0,
      () => WorkGroupSummary$
    ];
    var BatchGetNamedQuery$ = [
      9,
      n0,
      _BGNQ,
      0,
      () => BatchGetNamedQueryInput$,
      () => BatchGetNamedQueryOutput$
    ];
    var BatchGetPreparedStatement$ = [
      9,
      n0,
      _BGPS,
      0,
      () => BatchGetPreparedStatementInput$,
      () => BatchGetPreparedStatementOutput$
    ];
    var BatchGetQueryExecution$ = [
      9,
      n0,
      _BGQE,
      0,
      () => BatchGetQueryExecutionInput$,
      () => BatchGetQueryExecutionOutput$
    ];
    var CancelCapacityReservation$ = [
      9,
      n0,
      _CCR,
      2,
      () => CancelCapacityReservationInput$,
      () => CancelCapacityReservationOutput$
    ];
    var CreateCapacityReservation$ = [
      9,
      n0,
      _CCRr,
      2,
      () => CreateCapacityReservationInput$,
      () => CreateCapacityReservationOutput$
    ];
    var CreateDataCatalog$ = [
      9,
      n0,
      _CDC,
      0,
      () => CreateDataCatalogInput$,
      () => CreateDataCatalogOutput$
    ];
    var CreateNamedQuery$ = [
      9,
      n0,
      _CNQ,
      2,
      () => CreateNamedQueryInput$,
      () => CreateNamedQueryOutput$
    ];
    var CreateNotebook$ = [
      9,
      n0,
      _CNr,
      0,
      () => CreateNotebookInput$,
      () => CreateNotebookOutput$
    ];
    var CreatePreparedStatement$ = [
      9,
      n0,
      _CPS,
      0,
      () => CreatePreparedStatementInput$,
      () => CreatePreparedStatementOutput$
    ];
    var CreatePresignedNotebookUrl$ = [
      9,
      n0,
      _CPNU,
      0,
      () => CreatePresignedNotebookUrlRequest$,
      () => CreatePresignedNotebookUrlResponse$
    ];
    var CreateWorkGroup$ = [
      9,
      n0,
      _CWG,
      0,
      () => CreateWorkGroupInput$,
      () => CreateWorkGroupOutput$
    ];
    var DeleteCapacityReservation$ = [
      9,
      n0,
      _DCR,
      2,
      () => DeleteCapacityReservationInput$,
      () => DeleteCapacityReservationOutput$
    ];
    var DeleteDataCatalog$ = [
      9,
      n0,
      _DDC,
      0,
      () => DeleteDataCatalogInput$,
      () => DeleteDataCatalogOutput$
    ];
    var DeleteNamedQuery$ = [
      9,
      n0,
      _DNQ,
      2,
      () => DeleteNamedQueryInput$,
      () => DeleteNamedQueryOutput$
    ];
    var DeleteNotebook$ = [
      9,
      n0,
      _DNe,
      0,
      () => DeleteNotebookInput$,
      () => DeleteNotebookOutput$
    ];
    var DeletePreparedStatement$ = [
      9,
      n0,
      _DPS,
      0,
      () => DeletePreparedStatementInput$,
      () => DeletePreparedStatementOutput$
    ];
    var DeleteWorkGroup$ = [
      9,
      n0,
      _DWG,
      2,
      () => DeleteWorkGroupInput$,
      () => DeleteWorkGroupOutput$
    ];
    var ExportNotebook$ = [
      9,
      n0,
      _EN,
      0,
      () => ExportNotebookInput$,
      () => ExportNotebookOutput$
    ];
    var GetCalculationExecution$ = [
      9,
      n0,
      _GCE,
      0,
      () => GetCalculationExecutionRequest$,
      () => GetCalculationExecutionResponse$
    ];
    var GetCalculationExecutionCode$ = [
      9,
      n0,
      _GCEC,
      0,
      () => GetCalculationExecutionCodeRequest$,
      () => GetCalculationExecutionCodeResponse$
    ];
    var GetCalculationExecutionStatus$ = [
      9,
      n0,
      _GCES,
      0,
      () => GetCalculationExecutionStatusRequest$,
      () => GetCalculationExecutionStatusResponse$
    ];
    var GetCapacityAssignmentConfiguration$ = [
      9,
      n0,
      _GCAC,
      0,
      () => GetCapacityAssignmentConfigurationInput$,
      () => GetCapacityAssignmentConfigurationOutput$
    ];
    var GetCapacityReservation$ = [
      9,
      n0,
      _GCR,
      0,
      () => GetCapacityReservationInput$,
      () => GetCapacityReservationOutput$
    ];
    var GetDatabase$ = [
      9,
      n0,
      _GD,
      0,
      () => GetDatabaseInput$,
      () => GetDatabaseOutput$
    ];
    var GetDataCatalog$ = [
      9,
      n0,
      _GDC,
      0,
      () => GetDataCatalogInput$,
      () => GetDataCatalogOutput$
    ];
    var GetNamedQuery$ = [
      9,
      n0,
      _GNQ,
      0,
      () => GetNamedQueryInput$,
      () => GetNamedQueryOutput$
    ];
    var GetNotebookMetadata$ = [
      9,
      n0,
      _GNM,
      0,
      () => GetNotebookMetadataInput$,
      () => GetNotebookMetadataOutput$
    ];
    var GetPreparedStatement$ = [
      9,
      n0,
      _GPS,
      0,
      () => GetPreparedStatementInput$,
      () => GetPreparedStatementOutput$
    ];
    var GetQueryExecution$ = [
      9,
      n0,
      _GQE,
      0,
      () => GetQueryExecutionInput$,
      () => GetQueryExecutionOutput$
    ];
    var GetQueryResults$ = [
      9,
      n0,
      _GQR,
      0,
      () => GetQueryResultsInput$,
      () => GetQueryResultsOutput$
    ];
    var GetQueryRuntimeStatistics$ = [
      9,
      n0,
      _GQRS,
      0,
      () => GetQueryRuntimeStatisticsInput$,
      () => GetQueryRuntimeStatisticsOutput$
    ];
    var GetResourceDashboard$ = [
      9,
      n0,
      _GRD,
      0,
      () => GetResourceDashboardRequest$,
      () => GetResourceDashboardResponse$
    ];
    var GetSession$ = [
      9,
      n0,
      _GS,
      0,
      () => GetSessionRequest$,
      () => GetSessionResponse$
    ];
    var GetSessionEndpoint$ = [
      9,
      n0,
      _GSE,
      0,
      () => GetSessionEndpointRequest$,
      () => GetSessionEndpointResponse$
    ];
    var GetSessionStatus$ = [
      9,
      n0,
      _GSS,
      0,
      () => GetSessionStatusRequest$,
      () => GetSessionStatusResponse$
    ];
    var GetTableMetadata$ = [
      9,
      n0,
      _GTM,
      0,
      () => GetTableMetadataInput$,
      () => GetTableMetadataOutput$
    ];
    var GetWorkGroup$ = [
      9,
      n0,
      _GWG,
      0,
      () => GetWorkGroupInput$,
      () => GetWorkGroupOutput$
    ];
    var ImportNotebook$ = [
      9,
      n0,
      _IN,
      0,
      () => ImportNotebookInput$,
      () => ImportNotebookOutput$
    ];
    var ListApplicationDPUSizes$ = [
      9,
      n0,
      _LADPUS,
      0,
      () => ListApplicationDPUSizesInput$,
      () => ListApplicationDPUSizesOutput$
    ];
    var ListCalculationExecutions$ = [
      9,
      n0,
      _LCE,
      0,
      () => ListCalculationExecutionsRequest$,
      () => ListCalculationExecutionsResponse$
    ];
    var ListCapacityReservations$ = [
      9,
      n0,
      _LCR,
      0,
      () => ListCapacityReservationsInput$,
      () => ListCapacityReservationsOutput$
    ];
    var ListDatabases$ = [
      9,
      n0,
      _LD,
      0,
      () => ListDatabasesInput$,
      () => ListDatabasesOutput$
    ];
    var ListDataCatalogs$ = [
      9,
      n0,
      _LDC,
      0,
      () => ListDataCatalogsInput$,
      () => ListDataCatalogsOutput$
    ];
    var ListEngineVersions$ = [
      9,
      n0,
      _LEV,
      0,
      () => ListEngineVersionsInput$,
      () => ListEngineVersionsOutput$
    ];
    var ListExecutors$ = [
      9,
      n0,
      _LE,
      0,
      () => ListExecutorsRequest$,
      () => ListExecutorsResponse$
    ];
    var ListNamedQueries$ = [
      9,
      n0,
      _LNQ,
      0,
      () => ListNamedQueriesInput$,
      () => ListNamedQueriesOutput$
    ];
    var ListNotebookMetadata$ = [
      9,
      n0,
      _LNM,
      0,
      () => ListNotebookMetadataInput$,
      () => ListNotebookMetadataOutput$
    ];
    var ListNotebookSessions$ = [
      9,
      n0,
      _LNS,
      0,
      () => ListNotebookSessionsRequest$,
      () => ListNotebookSessionsResponse$
    ];
    var ListPreparedStatements$ = [
      9,
      n0,
      _LPS,
      0,
      () => ListPreparedStatementsInput$,
      () => ListPreparedStatementsOutput$
    ];
    var ListQueryExecutions$ = [
      9,
      n0,
      _LQE,
      0,
      () => ListQueryExecutionsInput$,
      () => ListQueryExecutionsOutput$
    ];
    var ListSessions$ = [
      9,
      n0,
      _LS,
      0,
      () => ListSessionsRequest$,
      () => ListSessionsResponse$
    ];
    var ListTableMetadata$ = [
      9,
      n0,
      _LTMi,
      0,
      () => ListTableMetadataInput$,
      () => ListTableMetadataOutput$
    ];
    var ListTagsForResource$ = [
      9,
      n0,
      _LTFR,
      0,
      () => ListTagsForResourceInput$,
      () => ListTagsForResourceOutput$
    ];
    var ListWorkGroups$ = [
      9,
      n0,
      _LWG,
      0,
      () => ListWorkGroupsInput$,
      () => ListWorkGroupsOutput$
    ];
    var PutCapacityAssignmentConfiguration$ = [
      9,
      n0,
      _PCAC,
      2,
      () => PutCapacityAssignmentConfigurationInput$,
      () => PutCapacityAssignmentConfigurationOutput$
    ];
    var StartCalculationExecution$ = [
      9,
      n0,
      _SCE,
      0,
      () => StartCalculationExecutionRequest$,
      () => StartCalculationExecutionResponse$
    ];
    var StartQueryExecution$ = [
      9,
      n0,
      _SQE,
      2,
      () => StartQueryExecutionInput$,
      () => StartQueryExecutionOutput$
    ];
    var StartSession$ = [
      9,
      n0,
      _SSt,
      0,
      () => StartSessionRequest$,
      () => StartSessionResponse$
    ];
    var StopCalculationExecution$ = [
      9,
      n0,
      _SCEt,
      0,
      () => StopCalculationExecutionRequest$,
      () => StopCalculationExecutionResponse$
    ];
    var StopQueryExecution$ = [
      9,
      n0,
      _SQEt,
      2,
      () => StopQueryExecutionInput$,
      () => StopQueryExecutionOutput$
    ];
    var TagResource$ = [
      9,
      n0,
      _TR,
      0,
      () => TagResourceInput$,
      () => TagResourceOutput$
    ];
    var TerminateSession$ = [
      9,
      n0,
      _TS,
      0,
      () => TerminateSessionRequest$,
      () => TerminateSessionResponse$
    ];
    var UntagResource$ = [
      9,
      n0,
      _UR,
      0,
      () => UntagResourceInput$,
      () => UntagResourceOutput$
    ];
    var UpdateCapacityReservation$ = [
      9,
      n0,
      _UCR,
      0,
      () => UpdateCapacityReservationInput$,
      () => UpdateCapacityReservationOutput$
    ];
    var UpdateDataCatalog$ = [
      9,
      n0,
      _UDC,
      0,
      () => UpdateDataCatalogInput$,
      () => UpdateDataCatalogOutput$
    ];
    var UpdateNamedQuery$ = [
      9,
      n0,
      _UNQ,
      2,
      () => UpdateNamedQueryInput$,
      () => UpdateNamedQueryOutput$
    ];
    var UpdateNotebook$ = [
      9,
      n0,
      _UN,
      0,
      () => UpdateNotebookInput$,
      () => UpdateNotebookOutput$
    ];
    var UpdateNotebookMetadata$ = [
      9,
      n0,
      _UNM,
      0,
      () => UpdateNotebookMetadataInput$,
      () => UpdateNotebookMetadataOutput$
    ];
    var UpdatePreparedStatement$ = [
      9,
      n0,
      _UPS,
      0,
      () => UpdatePreparedStatementInput$,
      () => UpdatePreparedStatementOutput$
    ];
    var UpdateWorkGroup$ = [
      9,
      n0,
      _UWG,
      0,
      () => UpdateWorkGroupInput$,
      () => UpdateWorkGroupOutput$
    ];
    var getRuntimeConfig$1 = (config) => {
      return {
        apiVersion: "2017-05-18",
        base64Decoder: config?.base64Decoder ?? fromBase64,
        base64Encoder: config?.base64Encoder ?? toBase64,
        disableHostPrefix: config?.disableHostPrefix ?? false,
        endpointProvider: config?.endpointProvider ?? defaultEndpointResolver,
        extensions: config?.extensions ?? [],
        httpAuthSchemeProvider: config?.httpAuthSchemeProvider ?? defaultAthenaHttpAuthSchemeProvider,
        httpAuthSchemes: config?.httpAuthSchemes ?? [
          {
            schemeId: "aws.auth#sigv4",
            identityProvider: (ipc) => ipc.getIdentityProvider("aws.auth#sigv4"),
            signer: new AwsSdkSigV4Signer()
          }
        ],
        logger: config?.logger ?? new NoOpLogger(),
        protocol: config?.protocol ?? AwsJson1_1Protocol,
        protocolSettings: config?.protocolSettings ?? {
          defaultNamespace: "com.amazonaws.athena",
          errorTypeRegistries,
          version: "2017-05-18",
          serviceTarget: "AmazonAthena"
        },
        serviceId: config?.serviceId ?? "Athena",
        sha256: config?.sha256 ?? Sha256,
        urlParser: config?.urlParser ?? parseUrl,
        utf8Decoder: config?.utf8Decoder ?? fromUtf8,
        utf8Encoder: config?.utf8Encoder ?? toUtf8
      };
    };
    var getRuntimeConfig = (config) => {
      emitWarningIfUnsupportedVersion(process.version);
      const defaultsMode = resolveDefaultsModeConfig(config);
      const defaultConfigProvider = () => defaultsMode().then(loadConfigsForDefaultMode);
      const clientSharedValues = getRuntimeConfig$1(config);
      emitWarningIfUnsupportedVersion$1(process.version);
      const loaderConfig = {
        profile: config?.profile,
        logger: clientSharedValues.logger
      };
      return {
        ...clientSharedValues,
        ...config,
        runtime: "node",
        defaultsMode,
        authSchemePreference: config?.authSchemePreference ?? loadConfig(NODE_AUTH_SCHEME_PREFERENCE_OPTIONS, loaderConfig),
        bodyLengthChecker: config?.bodyLengthChecker ?? calculateBodyLength,
        credentialDefaultProvider: config?.credentialDefaultProvider ?? defaultProvider,
        defaultSocketTimeout: getDefaultSocketTimeout(config?.requestHandler, 9e5),
        defaultUserAgentProvider: config?.defaultUserAgentProvider ?? createDefaultUserAgentProvider({ serviceId: clientSharedValues.serviceId, clientVersion: packageInfo.version }),
        maxAttempts: config?.maxAttempts ?? loadConfig(NODE_MAX_ATTEMPT_CONFIG_OPTIONS, config),
        region: config?.region ?? loadConfig(NODE_REGION_CONFIG_OPTIONS, { ...NODE_REGION_CONFIG_FILE_OPTIONS, ...loaderConfig }),
        requestHandler: NodeHttpHandler.create(config?.requestHandler ?? defaultConfigProvider),
        retryMode: config?.retryMode ?? loadConfig({
          ...NODE_RETRY_MODE_CONFIG_OPTIONS,
          default: async () => (await defaultConfigProvider()).retryMode || DEFAULT_RETRY_MODE
        }, config),
        streamCollector: config?.streamCollector ?? streamCollector,
        useDualstackEndpoint: config?.useDualstackEndpoint ?? loadConfig(NODE_USE_DUALSTACK_ENDPOINT_CONFIG_OPTIONS, loaderConfig),
        useFipsEndpoint: config?.useFipsEndpoint ?? loadConfig(NODE_USE_FIPS_ENDPOINT_CONFIG_OPTIONS, loaderConfig),
        userAgentAppId: config?.userAgentAppId ?? loadConfig(NODE_APP_ID_CONFIG_OPTIONS, loaderConfig)
      };
    };
    var getHttpAuthExtensionConfiguration = (runtimeConfig) => {
      const _httpAuthSchemes = runtimeConfig.httpAuthSchemes;
      let _httpAuthSchemeProvider = runtimeConfig.httpAuthSchemeProvider;
      let _credentials = runtimeConfig.credentials;
      return {
        setHttpAuthScheme(httpAuthScheme) {
          const index = _httpAuthSchemes.findIndex((scheme) => scheme.schemeId === httpAuthScheme.schemeId);
          if (index === -1) {
            _httpAuthSchemes.push(httpAuthScheme);
          } else {
            _httpAuthSchemes.splice(index, 1, httpAuthScheme);
          }
        },
        httpAuthSchemes() {
          return _httpAuthSchemes;
        },
        setHttpAuthSchemeProvider(httpAuthSchemeProvider) {
          _httpAuthSchemeProvider = httpAuthSchemeProvider;
        },
        httpAuthSchemeProvider() {
          return _httpAuthSchemeProvider;
        },
        setCredentials(credentials) {
          _credentials = credentials;
        },
        credentials() {
          return _credentials;
        }
      };
    };
    var resolveHttpAuthRuntimeConfig = (config) => {
      return {
        httpAuthSchemes: config.httpAuthSchemes(),
        httpAuthSchemeProvider: config.httpAuthSchemeProvider(),
        credentials: config.credentials()
      };
    };
    var resolveRuntimeExtensions = (runtimeConfig, extensions) => {
      const extensionConfiguration = Object.assign(getAwsRegionExtensionConfiguration(runtimeConfig), getDefaultExtensionConfiguration(runtimeConfig), getHttpHandlerExtensionConfiguration(runtimeConfig), getHttpAuthExtensionConfiguration(runtimeConfig));
      extensions.forEach((extension) => extension.configure(extensionConfiguration));
      return Object.assign(runtimeConfig, resolveAwsRegionExtensionConfiguration(extensionConfiguration), resolveDefaultRuntimeConfig(extensionConfiguration), resolveHttpHandlerRuntimeConfig(extensionConfiguration), resolveHttpAuthRuntimeConfig(extensionConfiguration));
    };
    var AthenaClient = class extends Client {
      config;
      constructor(...[configuration]) {
        const _config_0 = getRuntimeConfig(configuration || {});
        super(_config_0);
        this.initConfig = _config_0;
        const _config_1 = resolveClientEndpointParameters(_config_0);
        const _config_2 = resolveUserAgentConfig(_config_1);
        const _config_3 = resolveRetryConfig(_config_2);
        const _config_4 = resolveRegionConfig(_config_3);
        const _config_5 = resolveHostHeaderConfig(_config_4);
        const _config_6 = resolveEndpointConfig(_config_5);
        const _config_7 = resolveHttpAuthSchemeConfig(_config_6);
        const _config_8 = resolveRuntimeExtensions(_config_7, configuration?.extensions || []);
        this.config = _config_8;
        this.middlewareStack.use(getSchemaSerdePlugin(this.config));
        this.middlewareStack.use(getUserAgentPlugin(this.config));
        this.middlewareStack.use(getRetryPlugin(this.config));
        this.middlewareStack.use(getContentLengthPlugin(this.config));
        this.middlewareStack.use(getHostHeaderPlugin(this.config));
        this.middlewareStack.use(getLoggerPlugin(this.config));
        this.middlewareStack.use(getRecursionDetectionPlugin(this.config));
        this.middlewareStack.use(getHttpAuthSchemeEndpointRuleSetPlugin(this.config, {
          httpAuthSchemeParametersProvider: defaultAthenaHttpAuthSchemeParametersProvider,
          identityProviderConfigProvider: async (config) => new DefaultIdentityProviderConfig({
            "aws.auth#sigv4": config.credentials
          })
        }));
        this.middlewareStack.use(getHttpSigningPlugin(this.config));
      }
      destroy() {
        super.destroy();
      }
    };
    var command = makeBuilder(commonParams, "AmazonAthena", "AthenaClient", getEndpointPlugin);
    var _ep0 = {};
    var _mw0 = (Command, cs, config, o) => [];
    var BatchGetNamedQueryCommand = class extends command(_ep0, _mw0, "BatchGetNamedQuery", BatchGetNamedQuery$) {
    };
    var BatchGetPreparedStatementCommand = class extends command(_ep0, _mw0, "BatchGetPreparedStatement", BatchGetPreparedStatement$) {
    };
    var BatchGetQueryExecutionCommand = class extends command(_ep0, _mw0, "BatchGetQueryExecution", BatchGetQueryExecution$) {
    };
    var CancelCapacityReservationCommand = class extends command(_ep0, _mw0, "CancelCapacityReservation", CancelCapacityReservation$) {
    };
    var CreateCapacityReservationCommand = class extends command(_ep0, _mw0, "CreateCapacityReservation", CreateCapacityReservation$) {
    };
    var CreateDataCatalogCommand = class extends command(_ep0, _mw0, "CreateDataCatalog", CreateDataCatalog$) {
    };
    var CreateNamedQueryCommand = class extends command(_ep0, _mw0, "CreateNamedQuery", CreateNamedQuery$) {
    };
    var CreateNotebookCommand = class extends command(_ep0, _mw0, "CreateNotebook", CreateNotebook$) {
    };
    var CreatePreparedStatementCommand = class extends command(_ep0, _mw0, "CreatePreparedStatement", CreatePreparedStatement$) {
    };
    var CreatePresignedNotebookUrlCommand = class extends command(_ep0, _mw0, "CreatePresignedNotebookUrl", CreatePresignedNotebookUrl$) {
    };
    var CreateWorkGroupCommand = class extends command(_ep0, _mw0, "CreateWorkGroup", CreateWorkGroup$) {
    };
    var DeleteCapacityReservationCommand = class extends command(_ep0, _mw0, "DeleteCapacityReservation", DeleteCapacityReservation$) {
    };
    var DeleteDataCatalogCommand = class extends command(_ep0, _mw0, "DeleteDataCatalog", DeleteDataCatalog$) {
    };
    var DeleteNamedQueryCommand = class extends command(_ep0, _mw0, "DeleteNamedQuery", DeleteNamedQuery$) {
    };
    var DeleteNotebookCommand = class extends command(_ep0, _mw0, "DeleteNotebook", DeleteNotebook$) {
    };
    var DeletePreparedStatementCommand = class extends command(_ep0, _mw0, "DeletePreparedStatement", DeletePreparedStatement$) {
    };
    var DeleteWorkGroupCommand = class extends command(_ep0, _mw0, "DeleteWorkGroup", DeleteWorkGroup$) {
    };
    var ExportNotebookCommand = class extends command(_ep0, _mw0, "ExportNotebook", ExportNotebook$) {
    };
    var GetCalculationExecutionCodeCommand = class extends command(_ep0, _mw0, "GetCalculationExecutionCode", GetCalculationExecutionCode$) {
    };
    var GetCalculationExecutionCommand = class extends command(_ep0, _mw0, "GetCalculationExecution", GetCalculationExecution$) {
    };
    var GetCalculationExecutionStatusCommand = class extends command(_ep0, _mw0, "GetCalculationExecutionStatus", GetCalculationExecutionStatus$) {
    };
    var GetCapacityAssignmentConfigurationCommand = class extends command(_ep0, _mw0, "GetCapacityAssignmentConfiguration", GetCapacityAssignmentConfiguration$) {
    };
    var GetCapacityReservationCommand = class extends command(_ep0, _mw0, "GetCapacityReservation", GetCapacityReservation$) {
    };
    var GetDatabaseCommand = class extends command(_ep0, _mw0, "GetDatabase", GetDatabase$) {
    };
    var GetDataCatalogCommand = class extends command(_ep0, _mw0, "GetDataCatalog", GetDataCatalog$) {
    };
    var GetNamedQueryCommand = class extends command(_ep0, _mw0, "GetNamedQuery", GetNamedQuery$) {
    };
    var GetNotebookMetadataCommand = class extends command(_ep0, _mw0, "GetNotebookMetadata", GetNotebookMetadata$) {
    };
    var GetPreparedStatementCommand = class extends command(_ep0, _mw0, "GetPreparedStatement", GetPreparedStatement$) {
    };
    var GetQueryExecutionCommand = class extends command(_ep0, _mw0, "GetQueryExecution", GetQueryExecution$) {
    };
    var GetQueryResultsCommand = class extends command(_ep0, _mw0, "GetQueryResults", GetQueryResults$) {
    };
    var GetQueryRuntimeStatisticsCommand = class extends command(_ep0, _mw0, "GetQueryRuntimeStatistics", GetQueryRuntimeStatistics$) {
    };
    var GetResourceDashboardCommand = class extends command(_ep0, _mw0, "GetResourceDashboard", GetResourceDashboard$) {
    };
    var GetSessionCommand = class extends command(_ep0, _mw0, "GetSession", GetSession$) {
    };
    var GetSessionEndpointCommand = class extends command(_ep0, _mw0, "GetSessionEndpoint", GetSessionEndpoint$) {
    };
    var GetSessionStatusCommand = class extends command(_ep0, _mw0, "GetSessionStatus", GetSessionStatus$) {
    };
    var GetTableMetadataCommand = class extends command(_ep0, _mw0, "GetTableMetadata", GetTableMetadata$) {
    };
    var GetWorkGroupCommand = class extends command(_ep0, _mw0, "GetWorkGroup", GetWorkGroup$) {
    };
    var ImportNotebookCommand = class extends command(_ep0, _mw0, "ImportNotebook", ImportNotebook$) {
    };
    var ListApplicationDPUSizesCommand = class extends command(_ep0, _mw0, "ListApplicationDPUSizes", ListApplicationDPUSizes$) {
    };
    var ListCalculationExecutionsCommand = class extends command(_ep0, _mw0, "ListCalculationExecutions", ListCalculationExecutions$) {
    };
    var ListCapacityReservationsCommand = class extends command(_ep0, _mw0, "ListCapacityReservations", ListCapacityReservations$) {
    };
    var ListDatabasesCommand = class extends command(_ep0, _mw0, "ListDatabases", ListDatabases$) {
    };
    var ListDataCatalogsCommand = class extends command(_ep0, _mw0, "ListDataCatalogs", ListDataCatalogs$) {
    };
    var ListEngineVersionsCommand = class extends command(_ep0, _mw0, "ListEngineVersions", ListEngineVersions$) {
    };
    var ListExecutorsCommand = class extends command(_ep0, _mw0, "ListExecutors", ListExecutors$) {
    };
    var ListNamedQueriesCommand = class extends command(_ep0, _mw0, "ListNamedQueries", ListNamedQueries$) {
    };
    var ListNotebookMetadataCommand = class extends command(_ep0, _mw0, "ListNotebookMetadata", ListNotebookMetadata$) {
    };
    var ListNotebookSessionsCommand = class extends command(_ep0, _mw0, "ListNotebookSessions", ListNotebookSessions$) {
    };
    var ListPreparedStatementsCommand = class extends command(_ep0, _mw0, "ListPreparedStatements", ListPreparedStatements$) {
    };
    var ListQueryExecutionsCommand = class extends command(_ep0, _mw0, "ListQueryExecutions", ListQueryExecutions$) {
    };
    var ListSessionsCommand = class extends command(_ep0, _mw0, "ListSessions", ListSessions$) {
    };
    var ListTableMetadataCommand = class extends command(_ep0, _mw0, "ListTableMetadata", ListTableMetadata$) {
    };
    var ListTagsForResourceCommand = class extends command(_ep0, _mw0, "ListTagsForResource", ListTagsForResource$) {
    };
    var ListWorkGroupsCommand = class extends command(_ep0, _mw0, "ListWorkGroups", ListWorkGroups$) {
    };
    var PutCapacityAssignmentConfigurationCommand = class extends command(_ep0, _mw0, "PutCapacityAssignmentConfiguration", PutCapacityAssignmentConfiguration$) {
    };
    var StartCalculationExecutionCommand = class extends command(_ep0, _mw0, "StartCalculationExecution", StartCalculationExecution$) {
    };
    var StartQueryExecutionCommand = class extends command(_ep0, _mw0, "StartQueryExecution", StartQueryExecution$) {
    };
    var StartSessionCommand = class extends command(_ep0, _mw0, "StartSession", StartSession$) {
    };
    var StopCalculationExecutionCommand = class extends command(_ep0, _mw0, "StopCalculationExecution", StopCalculationExecution$) {
    };
    var StopQueryExecutionCommand = class extends command(_ep0, _mw0, "StopQueryExecution", StopQueryExecution$) {
    };
    var TagResourceCommand = class extends command(_ep0, _mw0, "TagResource", TagResource$) {
    };
    var TerminateSessionCommand = class extends command(_ep0, _mw0, "TerminateSession", TerminateSession$) {
    };
    var UntagResourceCommand = class extends command(_ep0, _mw0, "UntagResource", UntagResource$) {
    };
    var UpdateCapacityReservationCommand = class extends command(_ep0, _mw0, "UpdateCapacityReservation", UpdateCapacityReservation$) {
    };
    var UpdateDataCatalogCommand = class extends command(_ep0, _mw0, "UpdateDataCatalog", UpdateDataCatalog$) {
    };
    var UpdateNamedQueryCommand = class extends command(_ep0, _mw0, "UpdateNamedQuery", UpdateNamedQuery$) {
    };
    var UpdateNotebookCommand = class extends command(_ep0, _mw0, "UpdateNotebook", UpdateNotebook$) {
    };
    var UpdateNotebookMetadataCommand = class extends command(_ep0, _mw0, "UpdateNotebookMetadata", UpdateNotebookMetadata$) {
    };
    var UpdatePreparedStatementCommand = class extends command(_ep0, _mw0, "UpdatePreparedStatement", UpdatePreparedStatement$) {
    };
    var UpdateWorkGroupCommand = class extends command(_ep0, _mw0, "UpdateWorkGroup", UpdateWorkGroup$) {
    };
    var paginateGetQueryResults = createPaginator(AthenaClient, GetQueryResultsCommand, "NextToken", "NextToken", "MaxResults");
    var paginateListApplicationDPUSizes = createPaginator(AthenaClient, ListApplicationDPUSizesCommand, "NextToken", "NextToken", "MaxResults");
    var paginateListCalculationExecutions = createPaginator(AthenaClient, ListCalculationExecutionsCommand, "NextToken", "NextToken", "MaxResults");
    var paginateListCapacityReservations = createPaginator(AthenaClient, ListCapacityReservationsCommand, "NextToken", "NextToken", "MaxResults");
    var paginateListDatabases = createPaginator(AthenaClient, ListDatabasesCommand, "NextToken", "NextToken", "MaxResults");
    var paginateListDataCatalogs = createPaginator(AthenaClient, ListDataCatalogsCommand, "NextToken", "NextToken", "MaxResults");
    var paginateListEngineVersions = createPaginator(AthenaClient, ListEngineVersionsCommand, "NextToken", "NextToken", "MaxResults");
    var paginateListExecutors = createPaginator(AthenaClient, ListExecutorsCommand, "NextToken", "NextToken", "MaxResults");
    var paginateListNamedQueries = createPaginator(AthenaClient, ListNamedQueriesCommand, "NextToken", "NextToken", "MaxResults");
    var paginateListPreparedStatements = createPaginator(AthenaClient, ListPreparedStatementsCommand, "NextToken", "NextToken", "MaxResults");
    var paginateListQueryExecutions = createPaginator(AthenaClient, ListQueryExecutionsCommand, "NextToken", "NextToken", "MaxResults");
    var paginateListSessions = createPaginator(AthenaClient, ListSessionsCommand, "NextToken", "NextToken", "MaxResults");
    var paginateListTableMetadata = createPaginator(AthenaClient, ListTableMetadataCommand, "NextToken", "NextToken", "MaxResults");
    var paginateListTagsForResource = createPaginator(AthenaClient, ListTagsForResourceCommand, "NextToken", "NextToken", "MaxResults");
    var paginateListWorkGroups = createPaginator(AthenaClient, ListWorkGroupsCommand, "NextToken", "NextToken", "MaxResults");
    var commands = {
      BatchGetNamedQueryCommand,
      BatchGetPreparedStatementCommand,
      BatchGetQueryExecutionCommand,
      CancelCapacityReservationCommand,
      CreateCapacityReservationCommand,
      CreateDataCatalogCommand,
      CreateNamedQueryCommand,
      CreateNotebookCommand,
      CreatePreparedStatementCommand,
      CreatePresignedNotebookUrlCommand,
      CreateWorkGroupCommand,
      DeleteCapacityReservationCommand,
      DeleteDataCatalogCommand,
      DeleteNamedQueryCommand,
      DeleteNotebookCommand,
      DeletePreparedStatementCommand,
      DeleteWorkGroupCommand,
      ExportNotebookCommand,
      GetCalculationExecutionCommand,
      GetCalculationExecutionCodeCommand,
      GetCalculationExecutionStatusCommand,
      GetCapacityAssignmentConfigurationCommand,
      GetCapacityReservationCommand,
      GetDatabaseCommand,
      GetDataCatalogCommand,
      GetNamedQueryCommand,
      GetNotebookMetadataCommand,
      GetPreparedStatementCommand,
      GetQueryExecutionCommand,
      GetQueryResultsCommand,
      GetQueryRuntimeStatisticsCommand,
      GetResourceDashboardCommand,
      GetSessionCommand,
      GetSessionEndpointCommand,
      GetSessionStatusCommand,
      GetTableMetadataCommand,
      GetWorkGroupCommand,
      ImportNotebookCommand,
      ListApplicationDPUSizesCommand,
      ListCalculationExecutionsCommand,
      ListCapacityReservationsCommand,
      ListDatabasesCommand,
      ListDataCatalogsCommand,
      ListEngineVersionsCommand,
      ListExecutorsCommand,
      ListNamedQueriesCommand,
      ListNotebookMetadataCommand,
      ListNotebookSessionsCommand,
      ListPreparedStatementsCommand,
      ListQueryExecutionsCommand,
      ListSessionsCommand,
      ListTableMetadataCommand,
      ListTagsForResourceCommand,
      ListWorkGroupsCommand,
      PutCapacityAssignmentConfigurationCommand,
      StartCalculationExecutionCommand,
      StartQueryExecutionCommand,
      StartSessionCommand,
      StopCalculationExecutionCommand,
      StopQueryExecutionCommand,
      TagResourceCommand,
      TerminateSessionCommand,
      UntagResourceCommand,
      UpdateCapacityReservationCommand,
      UpdateDataCatalogCommand,
      UpdateNamedQueryCommand,
      UpdateNotebookCommand,
      UpdateNotebookMetadataCommand,
      UpdatePreparedStatementCommand,
      UpdateWorkGroupCommand
    };
    var paginators = {
      paginateGetQueryResults,
      paginateListApplicationDPUSizes,
      paginateListCalculationExecutions,
      paginateListCapacityReservations,
      paginateListDatabases,
      paginateListDataCatalogs,
      paginateListEngineVersions,
      paginateListExecutors,
      paginateListNamedQueries,
      paginateListPreparedStatements,
      paginateListQueryExecutions,
      paginateListSessions,
      paginateListTableMetadata,
      paginateListTagsForResource,
      paginateListWorkGroups
    };
    var Athena = class extends AthenaClient {
    };
    createAggregatedClient(commands, Athena, { paginators });
    var S3AclOption = {
      BUCKET_OWNER_FULL_CONTROL: "BUCKET_OWNER_FULL_CONTROL"
    };
    var AuthenticationType = {
      DIRECTORY_IDENTITY: "DIRECTORY_IDENTITY"
    };
    var EncryptionOption = {
      CSE_KMS: "CSE_KMS",
      SSE_KMS: "SSE_KMS",
      SSE_S3: "SSE_S3"
    };
    var StatementType = {
      DDL: "DDL",
      DML: "DML",
      UTILITY: "UTILITY"
    };
    var QueryExecutionState = {
      CANCELLED: "CANCELLED",
      FAILED: "FAILED",
      QUEUED: "QUEUED",
      RUNNING: "RUNNING",
      SUCCEEDED: "SUCCEEDED"
    };
    var DataCatalogType = {
      FEDERATED: "FEDERATED",
      GLUE: "GLUE",
      HIVE: "HIVE",
      LAMBDA: "LAMBDA"
    };
    var ConnectionType = {
      BIGQUERY: "BIGQUERY",
      CMDB: "CMDB",
      DATALAKEGEN2: "DATALAKEGEN2",
      DB2: "DB2",
      DB2AS400: "DB2AS400",
      DOCUMENTDB: "DOCUMENTDB",
      DYNAMODB: "DYNAMODB",
      GOOGLECLOUDSTORAGE: "GOOGLECLOUDSTORAGE",
      HBASE: "HBASE",
      MYSQL: "MYSQL",
      OPENSEARCH: "OPENSEARCH",
      ORACLE: "ORACLE",
      POSTGRESQL: "POSTGRESQL",
      REDSHIFT: "REDSHIFT",
      SAPHANA: "SAPHANA",
      SNOWFLAKE: "SNOWFLAKE",
      SQLSERVER: "SQLSERVER",
      SYNAPSE: "SYNAPSE",
      TIMESTREAM: "TIMESTREAM",
      TPCDS: "TPCDS"
    };
    var DataCatalogStatus = {
      CREATE_COMPLETE: "CREATE_COMPLETE",
      CREATE_FAILED: "CREATE_FAILED",
      CREATE_FAILED_CLEANUP_COMPLETE: "CREATE_FAILED_CLEANUP_COMPLETE",
      CREATE_FAILED_CLEANUP_FAILED: "CREATE_FAILED_CLEANUP_FAILED",
      CREATE_FAILED_CLEANUP_IN_PROGRESS: "CREATE_FAILED_CLEANUP_IN_PROGRESS",
      CREATE_IN_PROGRESS: "CREATE_IN_PROGRESS",
      DELETE_COMPLETE: "DELETE_COMPLETE",
      DELETE_FAILED: "DELETE_FAILED",
      DELETE_IN_PROGRESS: "DELETE_IN_PROGRESS"
    };
    var ThrottleReason = {
      CONCURRENT_QUERY_LIMIT_EXCEEDED: "CONCURRENT_QUERY_LIMIT_EXCEEDED"
    };
    var NotebookType = {
      IPYNB: "IPYNB"
    };
    var CalculationExecutionState = {
      CANCELED: "CANCELED",
      CANCELING: "CANCELING",
      COMPLETED: "COMPLETED",
      CREATED: "CREATED",
      CREATING: "CREATING",
      FAILED: "FAILED",
      QUEUED: "QUEUED",
      RUNNING: "RUNNING"
    };
    var CapacityAllocationStatus = {
      FAILED: "FAILED",
      PENDING: "PENDING",
      SUCCEEDED: "SUCCEEDED"
    };
    var CapacityReservationStatus = {
      ACTIVE: "ACTIVE",
      CANCELLED: "CANCELLED",
      CANCELLING: "CANCELLING",
      FAILED: "FAILED",
      PENDING: "PENDING",
      UPDATE_PENDING: "UPDATE_PENDING"
    };
    var QueryResultType = {
      DATA_MANIFEST: "DATA_MANIFEST",
      DATA_ROWS: "DATA_ROWS"
    };
    var ColumnNullable = {
      NOT_NULL: "NOT_NULL",
      NULLABLE: "NULLABLE",
      UNKNOWN: "UNKNOWN"
    };
    var SessionState = {
      BUSY: "BUSY",
      CREATED: "CREATED",
      CREATING: "CREATING",
      DEGRADED: "DEGRADED",
      FAILED: "FAILED",
      IDLE: "IDLE",
      TERMINATED: "TERMINATED",
      TERMINATING: "TERMINATING"
    };
    var WorkGroupState = {
      DISABLED: "DISABLED",
      ENABLED: "ENABLED"
    };
    var ExecutorState = {
      CREATED: "CREATED",
      CREATING: "CREATING",
      FAILED: "FAILED",
      REGISTERED: "REGISTERED",
      TERMINATED: "TERMINATED",
      TERMINATING: "TERMINATING"
    };
    var ExecutorType = {
      COORDINATOR: "COORDINATOR",
      GATEWAY: "GATEWAY",
      WORKER: "WORKER"
    };
    exports.AclConfiguration$ = AclConfiguration$;
    exports.ApplicationDPUSizes$ = ApplicationDPUSizes$;
    exports.Athena = Athena;
    exports.AthenaClient = AthenaClient;
    exports.AthenaError$ = AthenaError$;
    exports.AthenaServiceException = AthenaServiceException;
    exports.AthenaServiceException$ = AthenaServiceException$;
    exports.AuthenticationType = AuthenticationType;
    exports.BatchGetNamedQuery$ = BatchGetNamedQuery$;
    exports.BatchGetNamedQueryCommand = BatchGetNamedQueryCommand;
    exports.BatchGetNamedQueryInput$ = BatchGetNamedQueryInput$;
    exports.BatchGetNamedQueryOutput$ = BatchGetNamedQueryOutput$;
    exports.BatchGetPreparedStatement$ = BatchGetPreparedStatement$;
    exports.BatchGetPreparedStatementCommand = BatchGetPreparedStatementCommand;
    exports.BatchGetPreparedStatementInput$ = BatchGetPreparedStatementInput$;
    exports.BatchGetPreparedStatementOutput$ = BatchGetPreparedStatementOutput$;
    exports.BatchGetQueryExecution$ = BatchGetQueryExecution$;
    exports.BatchGetQueryExecutionCommand = BatchGetQueryExecutionCommand;
    exports.BatchGetQueryExecutionInput$ = BatchGetQueryExecutionInput$;
    exports.BatchGetQueryExecutionOutput$ = BatchGetQueryExecutionOutput$;
    exports.CalculationConfiguration$ = CalculationConfiguration$;
    exports.CalculationExecutionState = CalculationExecutionState;
    exports.CalculationResult$ = CalculationResult$;
    exports.CalculationStatistics$ = CalculationStatistics$;
    exports.CalculationStatus$ = CalculationStatus$;
    exports.CalculationSummary$ = CalculationSummary$;
    exports.CancelCapacityReservation$ = CancelCapacityReservation$;
    exports.CancelCapacityReservationCommand = CancelCapacityReservationCommand;
    exports.CancelCapacityReservationInput$ = CancelCapacityReservationInput$;
    exports.CancelCapacityReservationOutput$ = CancelCapacityReservationOutput$;
    exports.CapacityAllocation$ = CapacityAllocation$;
    exports.CapacityAllocationStatus = CapacityAllocationStatus;
    exports.CapacityAssignment$ = CapacityAssignment$;
    exports.CapacityAssignmentConfiguration$ = CapacityAssignmentConfiguration$;
    exports.CapacityReservation$ = CapacityReservation$;
    exports.CapacityReservationStatus = CapacityReservationStatus;
    exports.Classification$ = Classification$;
    exports.CloudWatchLoggingConfiguration$ = CloudWatchLoggingConfiguration$;
    exports.Column$ = Column$;
    exports.ColumnInfo$ = ColumnInfo$;
    exports.ColumnNullable = ColumnNullable;
    exports.ConnectionType = ConnectionType;
    exports.CreateCapacityReservation$ = CreateCapacityReservation$;
    exports.CreateCapacityReservationCommand = CreateCapacityReservationCommand;
    exports.CreateCapacityReservationInput$ = CreateCapacityReservationInput$;
    exports.CreateCapacityReservationOutput$ = CreateCapacityReservationOutput$;
    exports.CreateDataCatalog$ = CreateDataCatalog$;
    exports.CreateDataCatalogCommand = CreateDataCatalogCommand;
    exports.CreateDataCatalogInput$ = CreateDataCatalogInput$;
    exports.CreateDataCatalogOutput$ = CreateDataCatalogOutput$;
    exports.CreateNamedQuery$ = CreateNamedQuery$;
    exports.CreateNamedQueryCommand = CreateNamedQueryCommand;
    exports.CreateNamedQueryInput$ = CreateNamedQueryInput$;
    exports.CreateNamedQueryOutput$ = CreateNamedQueryOutput$;
    exports.CreateNotebook$ = CreateNotebook$;
    exports.CreateNotebookCommand = CreateNotebookCommand;
    exports.CreateNotebookInput$ = CreateNotebookInput$;
    exports.CreateNotebookOutput$ = CreateNotebookOutput$;
    exports.CreatePreparedStatement$ = CreatePreparedStatement$;
    exports.CreatePreparedStatementCommand = CreatePreparedStatementCommand;
    exports.CreatePreparedStatementInput$ = CreatePreparedStatementInput$;
    exports.CreatePreparedStatementOutput$ = CreatePreparedStatementOutput$;
    exports.CreatePresignedNotebookUrl$ = CreatePresignedNotebookUrl$;
    exports.CreatePresignedNotebookUrlCommand = CreatePresignedNotebookUrlCommand;
    exports.CreatePresignedNotebookUrlRequest$ = CreatePresignedNotebookUrlRequest$;
    exports.CreatePresignedNotebookUrlResponse$ = CreatePresignedNotebookUrlResponse$;
    exports.CreateWorkGroup$ = CreateWorkGroup$;
    exports.CreateWorkGroupCommand = CreateWorkGroupCommand;
    exports.CreateWorkGroupInput$ = CreateWorkGroupInput$;
    exports.CreateWorkGroupOutput$ = CreateWorkGroupOutput$;
    exports.CustomerContentEncryptionConfiguration$ = CustomerContentEncryptionConfiguration$;
    exports.DataCatalog$ = DataCatalog$;
    exports.DataCatalogStatus = DataCatalogStatus;
    exports.DataCatalogSummary$ = DataCatalogSummary$;
    exports.DataCatalogType = DataCatalogType;
    exports.Database$ = Database$;
    exports.Datum$ = Datum$;
    exports.DeleteCapacityReservation$ = DeleteCapacityReservation$;
    exports.DeleteCapacityReservationCommand = DeleteCapacityReservationCommand;
    exports.DeleteCapacityReservationInput$ = DeleteCapacityReservationInput$;
    exports.DeleteCapacityReservationOutput$ = DeleteCapacityReservationOutput$;
    exports.DeleteDataCatalog$ = DeleteDataCatalog$;
    exports.DeleteDataCatalogCommand = DeleteDataCatalogCommand;
    exports.DeleteDataCatalogInput$ = DeleteDataCatalogInput$;
    exports.DeleteDataCatalogOutput$ = DeleteDataCatalogOutput$;
    exports.DeleteNamedQuery$ = DeleteNamedQuery$;
    exports.DeleteNamedQueryCommand = DeleteNamedQueryCommand;
    exports.DeleteNamedQueryInput$ = DeleteNamedQueryInput$;
    exports.DeleteNamedQueryOutput$ = DeleteNamedQueryOutput$;
    exports.DeleteNotebook$ = DeleteNotebook$;
    exports.DeleteNotebookCommand = DeleteNotebookCommand;
    exports.DeleteNotebookInput$ = DeleteNotebookInput$;
    exports.DeleteNotebookOutput$ = DeleteNotebookOutput$;
    exports.DeletePreparedStatement$ = DeletePreparedStatement$;
    exports.DeletePreparedStatementCommand = DeletePreparedStatementCommand;
    exports.DeletePreparedStatementInput$ = DeletePreparedStatementInput$;
    exports.DeletePreparedStatementOutput$ = DeletePreparedStatementOutput$;
    exports.DeleteWorkGroup$ = DeleteWorkGroup$;
    exports.DeleteWorkGroupCommand = DeleteWorkGroupCommand;
    exports.DeleteWorkGroupInput$ = DeleteWorkGroupInput$;
    exports.DeleteWorkGroupOutput$ = DeleteWorkGroupOutput$;
    exports.EncryptionConfiguration$ = EncryptionConfiguration$;
    exports.EncryptionOption = EncryptionOption;
    exports.EngineConfiguration$ = EngineConfiguration$;
    exports.EngineVersion$ = EngineVersion$;
    exports.ExecutorState = ExecutorState;
    exports.ExecutorType = ExecutorType;
    exports.ExecutorsSummary$ = ExecutorsSummary$;
    exports.ExportNotebook$ = ExportNotebook$;
    exports.ExportNotebookCommand = ExportNotebookCommand;
    exports.ExportNotebookInput$ = ExportNotebookInput$;
    exports.ExportNotebookOutput$ = ExportNotebookOutput$;
    exports.FilterDefinition$ = FilterDefinition$;
    exports.GetCalculationExecution$ = GetCalculationExecution$;
    exports.GetCalculationExecutionCode$ = GetCalculationExecutionCode$;
    exports.GetCalculationExecutionCodeCommand = GetCalculationExecutionCodeCommand;
    exports.GetCalculationExecutionCodeRequest$ = GetCalculationExecutionCodeRequest$;
    exports.GetCalculationExecutionCodeResponse$ = GetCalculationExecutionCodeResponse$;
    exports.GetCalculationExecutionCommand = GetCalculationExecutionCommand;
    exports.GetCalculationExecutionRequest$ = GetCalculationExecutionRequest$;
    exports.GetCalculationExecutionResponse$ = GetCalculationExecutionResponse$;
    exports.GetCalculationExecutionStatus$ = GetCalculationExecutionStatus$;
    exports.GetCalculationExecutionStatusCommand = GetCalculationExecutionStatusCommand;
    exports.GetCalculationExecutionStatusRequest$ = GetCalculationExecutionStatusRequest$;
    exports.GetCalculationExecutionStatusResponse$ = GetCalculationExecutionStatusResponse$;
    exports.GetCapacityAssignmentConfiguration$ = GetCapacityAssignmentConfiguration$;
    exports.GetCapacityAssignmentConfigurationCommand = GetCapacityAssignmentConfigurationCommand;
    exports.GetCapacityAssignmentConfigurationInput$ = GetCapacityAssignmentConfigurationInput$;
    exports.GetCapacityAssignmentConfigurationOutput$ = GetCapacityAssignmentConfigurationOutput$;
    exports.GetCapacityReservation$ = GetCapacityReservation$;
    exports.GetCapacityReservationCommand = GetCapacityReservationCommand;
    exports.GetCapacityReservationInput$ = GetCapacityReservationInput$;
    exports.GetCapacityReservationOutput$ = GetCapacityReservationOutput$;
    exports.GetDataCatalog$ = GetDataCatalog$;
    exports.GetDataCatalogCommand = GetDataCatalogCommand;
    exports.GetDataCatalogInput$ = GetDataCatalogInput$;
    exports.GetDataCatalogOutput$ = GetDataCatalogOutput$;
    exports.GetDatabase$ = GetDatabase$;
    exports.GetDatabaseCommand = GetDatabaseCommand;
    exports.GetDatabaseInput$ = GetDatabaseInput$;
    exports.GetDatabaseOutput$ = GetDatabaseOutput$;
    exports.GetNamedQuery$ = GetNamedQuery$;
    exports.GetNamedQueryCommand = GetNamedQueryCommand;
    exports.GetNamedQueryInput$ = GetNamedQueryInput$;
    exports.GetNamedQueryOutput$ = GetNamedQueryOutput$;
    exports.GetNotebookMetadata$ = GetNotebookMetadata$;
    exports.GetNotebookMetadataCommand = GetNotebookMetadataCommand;
    exports.GetNotebookMetadataInput$ = GetNotebookMetadataInput$;
    exports.GetNotebookMetadataOutput$ = GetNotebookMetadataOutput$;
    exports.GetPreparedStatement$ = GetPreparedStatement$;
    exports.GetPreparedStatementCommand = GetPreparedStatementCommand;
    exports.GetPreparedStatementInput$ = GetPreparedStatementInput$;
    exports.GetPreparedStatementOutput$ = GetPreparedStatementOutput$;
    exports.GetQueryExecution$ = GetQueryExecution$;
    exports.GetQueryExecutionCommand = GetQueryExecutionCommand;
    exports.GetQueryExecutionInput$ = GetQueryExecutionInput$;
    exports.GetQueryExecutionOutput$ = GetQueryExecutionOutput$;
    exports.GetQueryResults$ = GetQueryResults$;
    exports.GetQueryResultsCommand = GetQueryResultsCommand;
    exports.GetQueryResultsInput$ = GetQueryResultsInput$;
    exports.GetQueryResultsOutput$ = GetQueryResultsOutput$;
    exports.GetQueryRuntimeStatistics$ = GetQueryRuntimeStatistics$;
    exports.GetQueryRuntimeStatisticsCommand = GetQueryRuntimeStatisticsCommand;
    exports.GetQueryRuntimeStatisticsInput$ = GetQueryRuntimeStatisticsInput$;
    exports.GetQueryRuntimeStatisticsOutput$ = GetQueryRuntimeStatisticsOutput$;
    exports.GetResourceDashboard$ = GetResourceDashboard$;
    exports.GetResourceDashboardCommand = GetResourceDashboardCommand;
    exports.GetResourceDashboardRequest$ = GetResourceDashboardRequest$;
    exports.GetResourceDashboardResponse$ = GetResourceDashboardResponse$;
    exports.GetSession$ = GetSession$;
    exports.GetSessionCommand = GetSessionCommand;
    exports.GetSessionEndpoint$ = GetSessionEndpoint$;
    exports.GetSessionEndpointCommand = GetSessionEndpointCommand;
    exports.GetSessionEndpointRequest$ = GetSessionEndpointRequest$;
    exports.GetSessionEndpointResponse$ = GetSessionEndpointResponse$;
    exports.GetSessionRequest$ = GetSessionRequest$;
    exports.GetSessionResponse$ = GetSessionResponse$;
    exports.GetSessionStatus$ = GetSessionStatus$;
    exports.GetSessionStatusCommand = GetSessionStatusCommand;
    exports.GetSessionStatusRequest$ = GetSessionStatusRequest$;
    exports.GetSessionStatusResponse$ = GetSessionStatusResponse$;
    exports.GetTableMetadata$ = GetTableMetadata$;
    exports.GetTableMetadataCommand = GetTableMetadataCommand;
    exports.GetTableMetadataInput$ = GetTableMetadataInput$;
    exports.GetTableMetadataOutput$ = GetTableMetadataOutput$;
    exports.GetWorkGroup$ = GetWorkGroup$;
    exports.GetWorkGroupCommand = GetWorkGroupCommand;
    exports.GetWorkGroupInput$ = GetWorkGroupInput$;
    exports.GetWorkGroupOutput$ = GetWorkGroupOutput$;
    exports.IdentityCenterConfiguration$ = IdentityCenterConfiguration$;
    exports.ImportNotebook$ = ImportNotebook$;
    exports.ImportNotebookCommand = ImportNotebookCommand;
    exports.ImportNotebookInput$ = ImportNotebookInput$;
    exports.ImportNotebookOutput$ = ImportNotebookOutput$;
    exports.InternalServerException = InternalServerException;
    exports.InternalServerException$ = InternalServerException$;
    exports.InvalidRequestException = InvalidRequestException;
    exports.InvalidRequestException$ = InvalidRequestException$;
    exports.ListApplicationDPUSizes$ = ListApplicationDPUSizes$;
    exports.ListApplicationDPUSizesCommand = ListApplicationDPUSizesCommand;
    exports.ListApplicationDPUSizesInput$ = ListApplicationDPUSizesInput$;
    exports.ListApplicationDPUSizesOutput$ = ListApplicationDPUSizesOutput$;
    exports.ListCalculationExecutions$ = ListCalculationExecutions$;
    exports.ListCalculationExecutionsCommand = ListCalculationExecutionsCommand;
    exports.ListCalculationExecutionsRequest$ = ListCalculationExecutionsRequest$;
    exports.ListCalculationExecutionsResponse$ = ListCalculationExecutionsResponse$;
    exports.ListCapacityReservations$ = ListCapacityReservations$;
    exports.ListCapacityReservationsCommand = ListCapacityReservationsCommand;
    exports.ListCapacityReservationsInput$ = ListCapacityReservationsInput$;
    exports.ListCapacityReservationsOutput$ = ListCapacityReservationsOutput$;
    exports.ListDataCatalogs$ = ListDataCatalogs$;
    exports.ListDataCatalogsCommand = ListDataCatalogsCommand;
    exports.ListDataCatalogsInput$ = ListDataCatalogsInput$;
    exports.ListDataCatalogsOutput$ = ListDataCatalogsOutput$;
    exports.ListDatabases$ = ListDatabases$;
    exports.ListDatabasesCommand = ListDatabasesCommand;
    exports.ListDatabasesInput$ = ListDatabasesInput$;
    exports.ListDatabasesOutput$ = ListDatabasesOutput$;
    exports.ListEngineVersions$ = ListEngineVersions$;
    exports.ListEngineVersionsCommand = ListEngineVersionsCommand;
    exports.ListEngineVersionsInput$ = ListEngineVersionsInput$;
    exports.ListEngineVersionsOutput$ = ListEngineVersionsOutput$;
    exports.ListExecutors$ = ListExecutors$;
    exports.ListExecutorsCommand = ListExecutorsCommand;
    exports.ListExecutorsRequest$ = ListExecutorsRequest$;
    exports.ListExecutorsResponse$ = ListExecutorsResponse$;
    exports.ListNamedQueries$ = ListNamedQueries$;
    exports.ListNamedQueriesCommand = ListNamedQueriesCommand;
    exports.ListNamedQueriesInput$ = ListNamedQueriesInput$;
    exports.ListNamedQueriesOutput$ = ListNamedQueriesOutput$;
    exports.ListNotebookMetadata$ = ListNotebookMetadata$;
    exports.ListNotebookMetadataCommand = ListNotebookMetadataCommand;
    exports.ListNotebookMetadataInput$ = ListNotebookMetadataInput$;
    exports.ListNotebookMetadataOutput$ = ListNotebookMetadataOutput$;
    exports.ListNotebookSessions$ = ListNotebookSessions$;
    exports.ListNotebookSessionsCommand = ListNotebookSessionsCommand;
    exports.ListNotebookSessionsRequest$ = ListNotebookSessionsRequest$;
    exports.ListNotebookSessionsResponse$ = ListNotebookSessionsResponse$;
    exports.ListPreparedStatements$ = ListPreparedStatements$;
    exports.ListPreparedStatementsCommand = ListPreparedStatementsCommand;
    exports.ListPreparedStatementsInput$ = ListPreparedStatementsInput$;
    exports.ListPreparedStatementsOutput$ = ListPreparedStatementsOutput$;
    exports.ListQueryExecutions$ = ListQueryExecutions$;
    exports.ListQueryExecutionsCommand = ListQueryExecutionsCommand;
    exports.ListQueryExecutionsInput$ = ListQueryExecutionsInput$;
    exports.ListQueryExecutionsOutput$ = ListQueryExecutionsOutput$;
    exports.ListSessions$ = ListSessions$;
    exports.ListSessionsCommand = ListSessionsCommand;
    exports.ListSessionsRequest$ = ListSessionsRequest$;
    exports.ListSessionsResponse$ = ListSessionsResponse$;
    exports.ListTableMetadata$ = ListTableMetadata$;
    exports.ListTableMetadataCommand = ListTableMetadataCommand;
    exports.ListTableMetadataInput$ = ListTableMetadataInput$;
    exports.ListTableMetadataOutput$ = ListTableMetadataOutput$;
    exports.ListTagsForResource$ = ListTagsForResource$;
    exports.ListTagsForResourceCommand = ListTagsForResourceCommand;
    exports.ListTagsForResourceInput$ = ListTagsForResourceInput$;
    exports.ListTagsForResourceOutput$ = ListTagsForResourceOutput$;
    exports.ListWorkGroups$ = ListWorkGroups$;
    exports.ListWorkGroupsCommand = ListWorkGroupsCommand;
    exports.ListWorkGroupsInput$ = ListWorkGroupsInput$;
    exports.ListWorkGroupsOutput$ = ListWorkGroupsOutput$;
    exports.ManagedLoggingConfiguration$ = ManagedLoggingConfiguration$;
    exports.ManagedQueryResultsConfiguration$ = ManagedQueryResultsConfiguration$;
    exports.ManagedQueryResultsConfigurationUpdates$ = ManagedQueryResultsConfigurationUpdates$;
    exports.ManagedQueryResultsEncryptionConfiguration$ = ManagedQueryResultsEncryptionConfiguration$;
    exports.MetadataException = MetadataException;
    exports.MetadataException$ = MetadataException$;
    exports.MonitoringConfiguration$ = MonitoringConfiguration$;
    exports.NamedQuery$ = NamedQuery$;
    exports.NotebookMetadata$ = NotebookMetadata$;
    exports.NotebookSessionSummary$ = NotebookSessionSummary$;
    exports.NotebookType = NotebookType;
    exports.PreparedStatement$ = PreparedStatement$;
    exports.PreparedStatementSummary$ = PreparedStatementSummary$;
    exports.PutCapacityAssignmentConfiguration$ = PutCapacityAssignmentConfiguration$;
    exports.PutCapacityAssignmentConfigurationCommand = PutCapacityAssignmentConfigurationCommand;
    exports.PutCapacityAssignmentConfigurationInput$ = PutCapacityAssignmentConfigurationInput$;
    exports.PutCapacityAssignmentConfigurationOutput$ = PutCapacityAssignmentConfigurationOutput$;
    exports.QueryExecution$ = QueryExecution$;
    exports.QueryExecutionContext$ = QueryExecutionContext$;
    exports.QueryExecutionState = QueryExecutionState;
    exports.QueryExecutionStatistics$ = QueryExecutionStatistics$;
    exports.QueryExecutionStatus$ = QueryExecutionStatus$;
    exports.QueryResultType = QueryResultType;
    exports.QueryResultsS3AccessGrantsConfiguration$ = QueryResultsS3AccessGrantsConfiguration$;
    exports.QueryRuntimeStatistics$ = QueryRuntimeStatistics$;
    exports.QueryRuntimeStatisticsRows$ = QueryRuntimeStatisticsRows$;
    exports.QueryRuntimeStatisticsTimeline$ = QueryRuntimeStatisticsTimeline$;
    exports.QueryStage$ = QueryStage$;
    exports.QueryStagePlanNode$ = QueryStagePlanNode$;
    exports.ResourceNotFoundException = ResourceNotFoundException;
    exports.ResourceNotFoundException$ = ResourceNotFoundException$;
    exports.ResultConfiguration$ = ResultConfiguration$;
    exports.ResultConfigurationUpdates$ = ResultConfigurationUpdates$;
    exports.ResultReuseByAgeConfiguration$ = ResultReuseByAgeConfiguration$;
    exports.ResultReuseConfiguration$ = ResultReuseConfiguration$;
    exports.ResultReuseInformation$ = ResultReuseInformation$;
    exports.ResultSet$ = ResultSet$;
    exports.ResultSetMetadata$ = ResultSetMetadata$;
    exports.Row$ = Row$;
    exports.S3AclOption = S3AclOption;
    exports.S3LoggingConfiguration$ = S3LoggingConfiguration$;
    exports.SessionAlreadyExistsException = SessionAlreadyExistsException;
    exports.SessionAlreadyExistsException$ = SessionAlreadyExistsException$;
    exports.SessionConfiguration$ = SessionConfiguration$;
    exports.SessionState = SessionState;
    exports.SessionStatistics$ = SessionStatistics$;
    exports.SessionStatus$ = SessionStatus$;
    exports.SessionSummary$ = SessionSummary$;
    exports.StartCalculationExecution$ = StartCalculationExecution$;
    exports.StartCalculationExecutionCommand = StartCalculationExecutionCommand;
    exports.StartCalculationExecutionRequest$ = StartCalculationExecutionRequest$;
    exports.StartCalculationExecutionResponse$ = StartCalculationExecutionResponse$;
    exports.StartQueryExecution$ = StartQueryExecution$;
    exports.StartQueryExecutionCommand = StartQueryExecutionCommand;
    exports.StartQueryExecutionInput$ = StartQueryExecutionInput$;
    exports.StartQueryExecutionOutput$ = StartQueryExecutionOutput$;
    exports.StartSession$ = StartSession$;
    exports.StartSessionCommand = StartSessionCommand;
    exports.StartSessionRequest$ = StartSessionRequest$;
    exports.StartSessionResponse$ = StartSessionResponse$;
    exports.StatementType = StatementType;
    exports.StopCalculationExecution$ = StopCalculationExecution$;
    exports.StopCalculationExecutionCommand = StopCalculationExecutionCommand;
    exports.StopCalculationExecutionRequest$ = StopCalculationExecutionRequest$;
    exports.StopCalculationExecutionResponse$ = StopCalculationExecutionResponse$;
    exports.StopQueryExecution$ = StopQueryExecution$;
    exports.StopQueryExecutionCommand = StopQueryExecutionCommand;
    exports.StopQueryExecutionInput$ = StopQueryExecutionInput$;
    exports.StopQueryExecutionOutput$ = StopQueryExecutionOutput$;
    exports.TableMetadata$ = TableMetadata$;
    exports.Tag$ = Tag$;
    exports.TagResource$ = TagResource$;
    exports.TagResourceCommand = TagResourceCommand;
    exports.TagResourceInput$ = TagResourceInput$;
    exports.TagResourceOutput$ = TagResourceOutput$;
    exports.TerminateSession$ = TerminateSession$;
    exports.TerminateSessionCommand = TerminateSessionCommand;
    exports.TerminateSessionRequest$ = TerminateSessionRequest$;
    exports.TerminateSessionResponse$ = TerminateSessionResponse$;
    exports.ThrottleReason = ThrottleReason;
    exports.TooManyRequestsException = TooManyRequestsException;
    exports.TooManyRequestsException$ = TooManyRequestsException$;
    exports.UnprocessedNamedQueryId$ = UnprocessedNamedQueryId$;
    exports.UnprocessedPreparedStatementName$ = UnprocessedPreparedStatementName$;
    exports.UnprocessedQueryExecutionId$ = UnprocessedQueryExecutionId$;
    exports.UntagResource$ = UntagResource$;
    exports.UntagResourceCommand = UntagResourceCommand;
    exports.UntagResourceInput$ = UntagResourceInput$;
    exports.UntagResourceOutput$ = UntagResourceOutput$;
    exports.UpdateCapacityReservation$ = UpdateCapacityReservation$;
    exports.UpdateCapacityReservationCommand = UpdateCapacityReservationCommand;
    exports.UpdateCapacityReservationInput$ = UpdateCapacityReservationInput$;
    exports.UpdateCapacityReservationOutput$ = UpdateCapacityReservationOutput$;
    exports.UpdateDataCatalog$ = UpdateDataCatalog$;
    exports.UpdateDataCatalogCommand = UpdateDataCatalogCommand;
    exports.UpdateDataCatalogInput$ = UpdateDataCatalogInput$;
    exports.UpdateDataCatalogOutput$ = UpdateDataCatalogOutput$;
    exports.UpdateNamedQuery$ = UpdateNamedQuery$;
    exports.UpdateNamedQueryCommand = UpdateNamedQueryCommand;
    exports.UpdateNamedQueryInput$ = UpdateNamedQueryInput$;
    exports.UpdateNamedQueryOutput$ = UpdateNamedQueryOutput$;
    exports.UpdateNotebook$ = UpdateNotebook$;
    exports.UpdateNotebookCommand = UpdateNotebookCommand;
    exports.UpdateNotebookInput$ = UpdateNotebookInput$;
    exports.UpdateNotebookMetadata$ = UpdateNotebookMetadata$;
    exports.UpdateNotebookMetadataCommand = UpdateNotebookMetadataCommand;
    exports.UpdateNotebookMetadataInput$ = UpdateNotebookMetadataInput$;
    exports.UpdateNotebookMetadataOutput$ = UpdateNotebookMetadataOutput$;
    exports.UpdateNotebookOutput$ = UpdateNotebookOutput$;
    exports.UpdatePreparedStatement$ = UpdatePreparedStatement$;
    exports.UpdatePreparedStatementCommand = UpdatePreparedStatementCommand;
    exports.UpdatePreparedStatementInput$ = UpdatePreparedStatementInput$;
    exports.UpdatePreparedStatementOutput$ = UpdatePreparedStatementOutput$;
    exports.UpdateWorkGroup$ = UpdateWorkGroup$;
    exports.UpdateWorkGroupCommand = UpdateWorkGroupCommand;
    exports.UpdateWorkGroupInput$ = UpdateWorkGroupInput$;
    exports.UpdateWorkGroupOutput$ = UpdateWorkGroupOutput$;
    exports.WorkGroup$ = WorkGroup$;
    exports.WorkGroupConfiguration$ = WorkGroupConfiguration$;
    exports.WorkGroupConfigurationUpdates$ = WorkGroupConfigurationUpdates$;
    exports.WorkGroupState = WorkGroupState;
    exports.WorkGroupSummary$ = WorkGroupSummary$;
    exports.errorTypeRegistries = errorTypeRegistries;
    exports.paginateGetQueryResults = paginateGetQueryResults;
    exports.paginateListApplicationDPUSizes = paginateListApplicationDPUSizes;
    exports.paginateListCalculationExecutions = paginateListCalculationExecutions;
    exports.paginateListCapacityReservations = paginateListCapacityReservations;
    exports.paginateListDataCatalogs = paginateListDataCatalogs;
    exports.paginateListDatabases = paginateListDatabases;
    exports.paginateListEngineVersions = paginateListEngineVersions;
    exports.paginateListExecutors = paginateListExecutors;
    exports.paginateListNamedQueries = paginateListNamedQueries;
    exports.paginateListPreparedStatements = paginateListPreparedStatements;
    exports.paginateListQueryExecutions = paginateListQueryExecutions;
    exports.paginateListSessions = paginateListSessions;
    exports.paginateListTableMetadata = paginateListTableMetadata;
    exports.paginateListTagsForResource = paginateListTagsForResource;
    exports.paginateListWorkGroups = paginateListWorkGroups;
  }
});
export default require_dist_cjs3();
