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

// node_modules/@aws-sdk/client-glue/dist-cjs/index.js
var require_dist_cjs3 = __commonJS({
  "node_modules/@aws-sdk/client-glue/dist-cjs/index.js"(exports) {
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
    var defaultGlueHttpAuthSchemeParametersProvider = async (config, context, input) => {
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
          name: "glue",
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
    var defaultGlueHttpAuthSchemeProvider = (authParameters) => {
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
        defaultSigningName: "glue"
      });
    };
    var commonParams = {
      UseFIPS: { type: "builtInParams", name: "useFipsEndpoint" },
      Endpoint: { type: "builtInParams", name: "endpoint" },
      Region: { type: "builtInParams", name: "region" },
      UseDualStack: { type: "builtInParams", name: "useDualstackEndpoint" }
    };
    var version = "3.1168.0";
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
        ["https://glue-fips.{Region}.{PartitionResult#dualStackDnsSuffix}", i],
        [a, "FIPS and DualStack are enabled, but this partition does not support one or both"],
        ["https://glue-fips.{Region}.{PartitionResult#dnsSuffix}", i],
        [a, "FIPS is enabled but this partition does not support FIPS"],
        ["https://glue.{Region}.{PartitionResult#dualStackDnsSuffix}", i],
        [a, "DualStack is enabled but this partition does not support DualStack"],
        ["https://glue.{Region}.{PartitionResult#dnsSuffix}", i],
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
    var GlueServiceException = class _GlueServiceException extends ServiceException {
      static shapeId = "smithy.ts.sdk.synthetic.com.amazonaws.glue#GlueServiceException";
      constructor(options) {
        super(options);
        Object.setPrototypeOf(this, _GlueServiceException.prototype);
      }
    };
    var AccessDeniedException = class _AccessDeniedException extends GlueServiceException {
      static shapeId = "com.amazonaws.glue#AccessDeniedException";
      name = "AccessDeniedException";
      $fault = "client";
      Message;
      constructor(opts) {
        super({
          name: "AccessDeniedException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _AccessDeniedException.prototype);
        this.Message = opts.Message;
      }
    };
    var AlreadyExistsException = class _AlreadyExistsException extends GlueServiceException {
      static shapeId = "com.amazonaws.glue#AlreadyExistsException";
      name = "AlreadyExistsException";
      $fault = "client";
      Message;
      constructor(opts) {
        super({
          name: "AlreadyExistsException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _AlreadyExistsException.prototype);
        this.Message = opts.Message;
      }
    };
    var ConcurrentModificationException = class _ConcurrentModificationException extends GlueServiceException {
      static shapeId = "com.amazonaws.glue#ConcurrentModificationException";
      name = "ConcurrentModificationException";
      $fault = "client";
      Message;
      constructor(opts) {
        super({
          name: "ConcurrentModificationException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _ConcurrentModificationException.prototype);
        this.Message = opts.Message;
      }
    };
    var EntityNotFoundException = class _EntityNotFoundException extends GlueServiceException {
      static shapeId = "com.amazonaws.glue#EntityNotFoundException";
      name = "EntityNotFoundException";
      $fault = "client";
      Message;
      FromFederationSource;
      constructor(opts) {
        super({
          name: "EntityNotFoundException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _EntityNotFoundException.prototype);
        this.Message = opts.Message;
        this.FromFederationSource = opts.FromFederationSource;
      }
    };
    var InternalServiceException = class _InternalServiceException extends GlueServiceException {
      static shapeId = "com.amazonaws.glue#InternalServiceException";
      name = "InternalServiceException";
      $fault = "server";
      Message;
      constructor(opts) {
        super({
          name: "InternalServiceException",
          $fault: "server",
          ...opts
        });
        Object.setPrototypeOf(this, _InternalServiceException.prototype);
        this.Message = opts.Message;
      }
    };
    var InvalidInputException = class _InvalidInputException extends GlueServiceException {
      static shapeId = "com.amazonaws.glue#InvalidInputException";
      name = "InvalidInputException";
      $fault = "client";
      Message;
      FromFederationSource;
      constructor(opts) {
        super({
          name: "InvalidInputException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _InvalidInputException.prototype);
        this.Message = opts.Message;
        this.FromFederationSource = opts.FromFederationSource;
      }
    };
    var ThrottlingException = class _ThrottlingException extends GlueServiceException {
      static shapeId = "com.amazonaws.glue#ThrottlingException";
      name = "ThrottlingException";
      $fault = "client";
      Message;
      constructor(opts) {
        super({
          name: "ThrottlingException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _ThrottlingException.prototype);
        this.Message = opts.Message;
      }
    };
    var GlueEncryptionException = class _GlueEncryptionException extends GlueServiceException {
      static shapeId = "com.amazonaws.glue#GlueEncryptionException";
      name = "GlueEncryptionException";
      $fault = "client";
      Message;
      constructor(opts) {
        super({
          name: "GlueEncryptionException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _GlueEncryptionException.prototype);
        this.Message = opts.Message;
      }
    };
    var OperationTimeoutException = class _OperationTimeoutException extends GlueServiceException {
      static shapeId = "com.amazonaws.glue#OperationTimeoutException";
      name = "OperationTimeoutException";
      $fault = "client";
      Message;
      constructor(opts) {
        super({
          name: "OperationTimeoutException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _OperationTimeoutException.prototype);
        this.Message = opts.Message;
      }
    };
    var ResourceNumberLimitExceededException = class _ResourceNumberLimitExceededException extends GlueServiceException {
      static shapeId = "com.amazonaws.glue#ResourceNumberLimitExceededException";
      name = "ResourceNumberLimitExceededException";
      $fault = "client";
      Message;
      constructor(opts) {
        super({
          name: "ResourceNumberLimitExceededException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _ResourceNumberLimitExceededException.prototype);
        this.Message = opts.Message;
      }
    };
    var ResourceNotReadyException = class _ResourceNotReadyException extends GlueServiceException {
      static shapeId = "com.amazonaws.glue#ResourceNotReadyException";
      name = "ResourceNotReadyException";
      $fault = "client";
      Message;
      constructor(opts) {
        super({
          name: "ResourceNotReadyException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _ResourceNotReadyException.prototype);
        this.Message = opts.Message;
      }
    };
    var FederationSourceException = class _FederationSourceException extends GlueServiceException {
      static shapeId = "com.amazonaws.glue#FederationSourceException";
      name = "FederationSourceException";
      $fault = "client";
      FederationSourceErrorCode;
      Message;
      constructor(opts) {
        super({
          name: "FederationSourceException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _FederationSourceException.prototype);
        this.FederationSourceErrorCode = opts.FederationSourceErrorCode;
        this.Message = opts.Message;
      }
    };
    var FederationSourceRetryableException = class _FederationSourceRetryableException extends GlueServiceException {
      static shapeId = "com.amazonaws.glue#FederationSourceRetryableException";
      name = "FederationSourceRetryableException";
      $fault = "client";
      Message;
      constructor(opts) {
        super({
          name: "FederationSourceRetryableException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _FederationSourceRetryableException.prototype);
        this.Message = opts.Message;
      }
    };
    var InvalidStateException = class _InvalidStateException extends GlueServiceException {
      static shapeId = "com.amazonaws.glue#InvalidStateException";
      name = "InvalidStateException";
      $fault = "client";
      Message;
      constructor(opts) {
        super({
          name: "InvalidStateException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _InvalidStateException.prototype);
        this.Message = opts.Message;
      }
    };
    var IllegalSessionStateException = class _IllegalSessionStateException extends GlueServiceException {
      static shapeId = "com.amazonaws.glue#IllegalSessionStateException";
      name = "IllegalSessionStateException";
      $fault = "client";
      Message;
      constructor(opts) {
        super({
          name: "IllegalSessionStateException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _IllegalSessionStateException.prototype);
        this.Message = opts.Message;
      }
    };
    var FederatedResourceAlreadyExistsException = class _FederatedResourceAlreadyExistsException extends GlueServiceException {
      static shapeId = "com.amazonaws.glue#FederatedResourceAlreadyExistsException";
      name = "FederatedResourceAlreadyExistsException";
      $fault = "client";
      Message;
      AssociatedGlueResource;
      constructor(opts) {
        super({
          name: "FederatedResourceAlreadyExistsException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _FederatedResourceAlreadyExistsException.prototype);
        this.Message = opts.Message;
        this.AssociatedGlueResource = opts.AssociatedGlueResource;
      }
    };
    var ColumnStatisticsTaskRunningException = class _ColumnStatisticsTaskRunningException extends GlueServiceException {
      static shapeId = "com.amazonaws.glue#ColumnStatisticsTaskRunningException";
      name = "ColumnStatisticsTaskRunningException";
      $fault = "client";
      Message;
      constructor(opts) {
        super({
          name: "ColumnStatisticsTaskRunningException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _ColumnStatisticsTaskRunningException.prototype);
        this.Message = opts.Message;
      }
    };
    var IdempotentParameterMismatchException = class _IdempotentParameterMismatchException extends GlueServiceException {
      static shapeId = "com.amazonaws.glue#IdempotentParameterMismatchException";
      name = "IdempotentParameterMismatchException";
      $fault = "client";
      Message;
      constructor(opts) {
        super({
          name: "IdempotentParameterMismatchException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _IdempotentParameterMismatchException.prototype);
        this.Message = opts.Message;
      }
    };
    var ValidationException = class _ValidationException extends GlueServiceException {
      static shapeId = "com.amazonaws.glue#ValidationException";
      name = "ValidationException";
      $fault = "client";
      Message;
      constructor(opts) {
        super({
          name: "ValidationException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _ValidationException.prototype);
        this.Message = opts.Message;
      }
    };
    var ConflictException = class _ConflictException extends GlueServiceException {
      static shapeId = "com.amazonaws.glue#ConflictException";
      name = "ConflictException";
      $fault = "client";
      Message;
      constructor(opts) {
        super({
          name: "ConflictException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _ConflictException.prototype);
        this.Message = opts.Message;
      }
    };
    var IntegrationConflictOperationFault = class _IntegrationConflictOperationFault extends GlueServiceException {
      static shapeId = "com.amazonaws.glue#IntegrationConflictOperationFault";
      name = "IntegrationConflictOperationFault";
      $fault = "client";
      Message;
      constructor(opts) {
        super({
          name: "IntegrationConflictOperationFault",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _IntegrationConflictOperationFault.prototype);
        this.Message = opts.Message;
      }
    };
    var IntegrationQuotaExceededFault = class _IntegrationQuotaExceededFault extends GlueServiceException {
      static shapeId = "com.amazonaws.glue#IntegrationQuotaExceededFault";
      name = "IntegrationQuotaExceededFault";
      $fault = "client";
      Message;
      constructor(opts) {
        super({
          name: "IntegrationQuotaExceededFault",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _IntegrationQuotaExceededFault.prototype);
        this.Message = opts.Message;
      }
    };
    var InternalServerException = class _InternalServerException extends GlueServiceException {
      static shapeId = "com.amazonaws.glue#InternalServerException";
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
    var KMSKeyNotAccessibleFault = class _KMSKeyNotAccessibleFault extends GlueServiceException {
      static shapeId = "com.amazonaws.glue#KMSKeyNotAccessibleFault";
      name = "KMSKeyNotAccessibleFault";
      $fault = "client";
      Message;
      constructor(opts) {
        super({
          name: "KMSKeyNotAccessibleFault",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _KMSKeyNotAccessibleFault.prototype);
        this.Message = opts.Message;
      }
    };
    var ResourceNotFoundException = class _ResourceNotFoundException extends GlueServiceException {
      static shapeId = "com.amazonaws.glue#ResourceNotFoundException";
      name = "ResourceNotFoundException";
      $fault = "client";
      Message;
      constructor(opts) {
        super({
          name: "ResourceNotFoundException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _ResourceNotFoundException.prototype);
        this.Message = opts.Message;
      }
    };
    var OperationNotSupportedException = class _OperationNotSupportedException extends GlueServiceException {
      static shapeId = "com.amazonaws.glue#OperationNotSupportedException";
      name = "OperationNotSupportedException";
      $fault = "client";
      Message;
      constructor(opts) {
        super({
          name: "OperationNotSupportedException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _OperationNotSupportedException.prototype);
        this.Message = opts.Message;
      }
    };
    var CrawlerRunningException = class _CrawlerRunningException extends GlueServiceException {
      static shapeId = "com.amazonaws.glue#CrawlerRunningException";
      name = "CrawlerRunningException";
      $fault = "client";
      Message;
      constructor(opts) {
        super({
          name: "CrawlerRunningException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _CrawlerRunningException.prototype);
        this.Message = opts.Message;
      }
    };
    var SchedulerTransitioningException = class _SchedulerTransitioningException extends GlueServiceException {
      static shapeId = "com.amazonaws.glue#SchedulerTransitioningException";
      name = "SchedulerTransitioningException";
      $fault = "client";
      Message;
      constructor(opts) {
        super({
          name: "SchedulerTransitioningException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _SchedulerTransitioningException.prototype);
        this.Message = opts.Message;
      }
    };
    var IntegrationNotFoundFault = class _IntegrationNotFoundFault extends GlueServiceException {
      static shapeId = "com.amazonaws.glue#IntegrationNotFoundFault";
      name = "IntegrationNotFoundFault";
      $fault = "client";
      Message;
      constructor(opts) {
        super({
          name: "IntegrationNotFoundFault",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _IntegrationNotFoundFault.prototype);
        this.Message = opts.Message;
      }
    };
    var InvalidIntegrationStateFault = class _InvalidIntegrationStateFault extends GlueServiceException {
      static shapeId = "com.amazonaws.glue#InvalidIntegrationStateFault";
      name = "InvalidIntegrationStateFault";
      $fault = "client";
      Message;
      constructor(opts) {
        super({
          name: "InvalidIntegrationStateFault",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _InvalidIntegrationStateFault.prototype);
        this.Message = opts.Message;
      }
    };
    var ConditionCheckFailureException = class _ConditionCheckFailureException extends GlueServiceException {
      static shapeId = "com.amazonaws.glue#ConditionCheckFailureException";
      name = "ConditionCheckFailureException";
      $fault = "client";
      Message;
      constructor(opts) {
        super({
          name: "ConditionCheckFailureException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _ConditionCheckFailureException.prototype);
        this.Message = opts.Message;
      }
    };
    var TargetResourceNotFound = class _TargetResourceNotFound extends GlueServiceException {
      static shapeId = "com.amazonaws.glue#TargetResourceNotFound";
      name = "TargetResourceNotFound";
      $fault = "client";
      Message;
      constructor(opts) {
        super({
          name: "TargetResourceNotFound",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _TargetResourceNotFound.prototype);
        this.Message = opts.Message;
      }
    };
    var PermissionTypeMismatchException = class _PermissionTypeMismatchException extends GlueServiceException {
      static shapeId = "com.amazonaws.glue#PermissionTypeMismatchException";
      name = "PermissionTypeMismatchException";
      $fault = "client";
      Message;
      constructor(opts) {
        super({
          name: "PermissionTypeMismatchException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _PermissionTypeMismatchException.prototype);
        this.Message = opts.Message;
      }
    };
    var ConcurrentRunsExceededException = class _ConcurrentRunsExceededException extends GlueServiceException {
      static shapeId = "com.amazonaws.glue#ConcurrentRunsExceededException";
      name = "ConcurrentRunsExceededException";
      $fault = "client";
      Message;
      constructor(opts) {
        super({
          name: "ConcurrentRunsExceededException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _ConcurrentRunsExceededException.prototype);
        this.Message = opts.Message;
      }
    };
    var IllegalWorkflowStateException = class _IllegalWorkflowStateException extends GlueServiceException {
      static shapeId = "com.amazonaws.glue#IllegalWorkflowStateException";
      name = "IllegalWorkflowStateException";
      $fault = "client";
      Message;
      constructor(opts) {
        super({
          name: "IllegalWorkflowStateException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _IllegalWorkflowStateException.prototype);
        this.Message = opts.Message;
      }
    };
    var SessionBusyException = class _SessionBusyException extends GlueServiceException {
      static shapeId = "com.amazonaws.glue#SessionBusyException";
      name = "SessionBusyException";
      $fault = "client";
      Message;
      constructor(opts) {
        super({
          name: "SessionBusyException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _SessionBusyException.prototype);
        this.Message = opts.Message;
      }
    };
    var IllegalBlueprintStateException = class _IllegalBlueprintStateException extends GlueServiceException {
      static shapeId = "com.amazonaws.glue#IllegalBlueprintStateException";
      name = "IllegalBlueprintStateException";
      $fault = "client";
      Message;
      constructor(opts) {
        super({
          name: "IllegalBlueprintStateException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _IllegalBlueprintStateException.prototype);
        this.Message = opts.Message;
      }
    };
    var NoScheduleException = class _NoScheduleException extends GlueServiceException {
      static shapeId = "com.amazonaws.glue#NoScheduleException";
      name = "NoScheduleException";
      $fault = "client";
      Message;
      constructor(opts) {
        super({
          name: "NoScheduleException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _NoScheduleException.prototype);
        this.Message = opts.Message;
      }
    };
    var SchedulerRunningException = class _SchedulerRunningException extends GlueServiceException {
      static shapeId = "com.amazonaws.glue#SchedulerRunningException";
      name = "SchedulerRunningException";
      $fault = "client";
      Message;
      constructor(opts) {
        super({
          name: "SchedulerRunningException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _SchedulerRunningException.prototype);
        this.Message = opts.Message;
      }
    };
    var MaterializedViewRefreshTaskRunningException = class _MaterializedViewRefreshTaskRunningException extends GlueServiceException {
      static shapeId = "com.amazonaws.glue#MaterializedViewRefreshTaskRunningException";
      name = "MaterializedViewRefreshTaskRunningException";
      $fault = "client";
      Message;
      constructor(opts) {
        super({
          name: "MaterializedViewRefreshTaskRunningException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _MaterializedViewRefreshTaskRunningException.prototype);
        this.Message = opts.Message;
      }
    };
    var MLTransformNotReadyException = class _MLTransformNotReadyException extends GlueServiceException {
      static shapeId = "com.amazonaws.glue#MLTransformNotReadyException";
      name = "MLTransformNotReadyException";
      $fault = "client";
      Message;
      constructor(opts) {
        super({
          name: "MLTransformNotReadyException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _MLTransformNotReadyException.prototype);
        this.Message = opts.Message;
      }
    };
    var ColumnStatisticsTaskNotRunningException = class _ColumnStatisticsTaskNotRunningException extends GlueServiceException {
      static shapeId = "com.amazonaws.glue#ColumnStatisticsTaskNotRunningException";
      name = "ColumnStatisticsTaskNotRunningException";
      $fault = "client";
      Message;
      constructor(opts) {
        super({
          name: "ColumnStatisticsTaskNotRunningException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _ColumnStatisticsTaskNotRunningException.prototype);
        this.Message = opts.Message;
      }
    };
    var ColumnStatisticsTaskStoppingException = class _ColumnStatisticsTaskStoppingException extends GlueServiceException {
      static shapeId = "com.amazonaws.glue#ColumnStatisticsTaskStoppingException";
      name = "ColumnStatisticsTaskStoppingException";
      $fault = "client";
      Message;
      constructor(opts) {
        super({
          name: "ColumnStatisticsTaskStoppingException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _ColumnStatisticsTaskStoppingException.prototype);
        this.Message = opts.Message;
      }
    };
    var CrawlerNotRunningException = class _CrawlerNotRunningException extends GlueServiceException {
      static shapeId = "com.amazonaws.glue#CrawlerNotRunningException";
      name = "CrawlerNotRunningException";
      $fault = "client";
      Message;
      constructor(opts) {
        super({
          name: "CrawlerNotRunningException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _CrawlerNotRunningException.prototype);
        this.Message = opts.Message;
      }
    };
    var CrawlerStoppingException = class _CrawlerStoppingException extends GlueServiceException {
      static shapeId = "com.amazonaws.glue#CrawlerStoppingException";
      name = "CrawlerStoppingException";
      $fault = "client";
      Message;
      constructor(opts) {
        super({
          name: "CrawlerStoppingException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _CrawlerStoppingException.prototype);
        this.Message = opts.Message;
      }
    };
    var SchedulerNotRunningException = class _SchedulerNotRunningException extends GlueServiceException {
      static shapeId = "com.amazonaws.glue#SchedulerNotRunningException";
      name = "SchedulerNotRunningException";
      $fault = "client";
      Message;
      constructor(opts) {
        super({
          name: "SchedulerNotRunningException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _SchedulerNotRunningException.prototype);
        this.Message = opts.Message;
      }
    };
    var MaterializedViewRefreshTaskNotRunningException = class _MaterializedViewRefreshTaskNotRunningException extends GlueServiceException {
      static shapeId = "com.amazonaws.glue#MaterializedViewRefreshTaskNotRunningException";
      name = "MaterializedViewRefreshTaskNotRunningException";
      $fault = "client";
      Message;
      constructor(opts) {
        super({
          name: "MaterializedViewRefreshTaskNotRunningException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _MaterializedViewRefreshTaskNotRunningException.prototype);
        this.Message = opts.Message;
      }
    };
    var MaterializedViewRefreshTaskStoppingException = class _MaterializedViewRefreshTaskStoppingException extends GlueServiceException {
      static shapeId = "com.amazonaws.glue#MaterializedViewRefreshTaskStoppingException";
      name = "MaterializedViewRefreshTaskStoppingException";
      $fault = "client";
      Message;
      constructor(opts) {
        super({
          name: "MaterializedViewRefreshTaskStoppingException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _MaterializedViewRefreshTaskStoppingException.prototype);
        this.Message = opts.Message;
      }
    };
    var VersionMismatchException = class _VersionMismatchException extends GlueServiceException {
      static shapeId = "com.amazonaws.glue#VersionMismatchException";
      name = "VersionMismatchException";
      $fault = "client";
      Message;
      constructor(opts) {
        super({
          name: "VersionMismatchException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _VersionMismatchException.prototype);
        this.Message = opts.Message;
      }
    };
    var _A = "Action";
    var _AA = "ApplicationArn";
    var _AAC = "AdditionalAuditContext";
    var _AAF = "AndAllFilters";
    var _AAd = "AddArguments";
    var _AC = "AuthorizationCode";
    var _ACI = "AuthenticationConfigurationInput";
    var _ACP = "AuthorizationCodeProperties";
    var _ACPt = "AthenaConnectionProperties";
    var _ACR = "AllColumnsRequested";
    var _ACS = "AthenaConnectorSource";
    var _ACT = "AccuracyCostTradeoff";
    var _ACU = "AuthorizationCodeUrl";
    var _ACd = "AdditionalContext";
    var _ACl = "AllocatedCapacity";
    var _ACu = "AuditContext";
    var _ACut = "AuthConfiguration";
    var _ACuth = "AuthenticationConfiguration";
    var _ACutho = "AuthorizedColumns";
    var _AD = "AssetDescription";
    var _ADE = "AccessDeniedException";
    var _ADO = "AdditionalDeltaOptions";
    var _ADQ = "AutoDataQuality";
    var _ADS = "AdditionalDataSources";
    var _AE = "AnnotationError";
    var _AEB = "AvoidEmptyBatches";
    var _AEC = "AdditionalEncryptionContext";
    var _AEE = "AlreadyExistsException";
    var _AEL = "AnnotationErrorList";
    var _AF = "AggFunc";
    var _AFE = "AssetFormEntry";
    var _AFM = "AssetFormMap";
    var _AFTEDA = "AllowFullTableExternalDataAccess";
    var _AFt = "AttributeFilter";
    var _AGR = "AssociatedGlueResource";
    var _AGT = "AssociateGlossaryTerms";
    var _AGTR = "AssociateGlossaryTermsRequest";
    var _AGTRs = "AssociateGlossaryTermsResponse";
    var _AHO = "AdditionalHudiOptions";
    var _AI = "AssetIdentifier";
    var _AIO = "AdditionalIcebergOptions";
    var _AITBR = "AddIdleTimeBetweenReads";
    var _AIc = "AccountId";
    var _AIn = "AnalysisId";
    var _AKKI = "AwsKmsKeyId";
    var _AL = "AverageLength";
    var _ALc = "ActionList";
    var _ALd = "AdditionalLocations";
    var _ALn = "AnnotationList";
    var _ALr = "ArtifactLocation";
    var _AM = "ApplyMapping";
    var _AMg = "AggregatedMetrics";
    var _AN = "AttachmentName";
    var _ANs = "AssetName";
    var _AO = "AggregateOperation";
    var _AOFCE = "ApplyOverrideForComputeEnvironment";
    var _AOd = "AdvancedOptions";
    var _AOdd = "AdditionalOptions";
    var _AOg = "AggregateOperations";
    var _AP = "AthenaProperties";
    var _APK = "AddPublicKeys";
    var _APOM = "AdditionalPlanOptionsMap";
    var _APu = "AuthenticationParameters";
    var _APut = "AutoPushdown";
    var _AR = "AnalyzerResults";
    var _ARAO = "AmazonRedshiftAdvancedOption";
    var _ARAOm = "AmazonRedshiftAdvancedOptions";
    var _ARND = "AmazonRedshiftNodeData";
    var _ARO = "AdditionalRunOptions";
    var _ARP = "AdditionalRequestParameters";
    var _ARS = "AmazonRedshiftSource";
    var _ART = "AmazonRedshiftTarget";
    var _ARTd = "AddRecordTimestamp";
    var _AS = "AuthStrategy";
    var _ASC = "AllowSingleColumn";
    var _AT = "AccessToken";
    var _ATET = "AuthTokenExpirationTime";
    var _ATFM = "AssetTypeFormsMap";
    var _ATFR = "AssetTypeFormReference";
    var _ATG = "AttributesToGet";
    var _ATI = "AssetTypeItem";
    var _ATIL = "AssetTypeItemList";
    var _ATIs = "AssetTypeId";
    var _ATc = "AccessType";
    var _ATn = "AnalyzedTime";
    var _ATu = "AuthenticationType";
    var _ATut = "AuthenticationTypes";
    var _ATuth = "AuthToken";
    var _AUM = "AutoUpgradeMetadata";
    var _AUPRC = "AreaUnderPRCurve";
    var _AV = "AllowedValue";
    var _AVc = "ActualValue";
    var _AVl = "AllowedValues";
    var _AWSMCAR = "AWSManagedClientApplicationReference";
    var _AZ = "AvailabilityZone";
    var _Ac = "Actions";
    var _Ag = "Aggregate";
    var _Agg = "Aggs";
    var _Al = "Alias";
    var _An = "Annotations";
    var _Ar = "Arguments";
    var _Arg = "Args";
    var _As = "Assign";
    var _At = "Attachments";
    var _Att = "Attempt";
    var _Attr = "Attribute";
    var _B = "Blueprints";
    var _BAC = "BasicAuthenticationCredentials";
    var _BAP = "BasicAuthenticationProperties";
    var _BC = "BetweenConfiguration";
    var _BCP = "BatchCreatePartition";
    var _BCPR = "BatchCreatePartitionRequest";
    var _BCPRa = "BatchCreatePartitionResponse";
    var _BCSD = "BinaryColumnStatisticsData";
    var _BCSDo = "BooleanColumnStatisticsData";
    var _BCT = "BasicCatalogTarget";
    var _BCu = "BucketColumns";
    var _BD = "BlueprintDetails";
    var _BDC = "BatchDeleteConnection";
    var _BDCR = "BatchDeleteConnectionRequest";
    var _BDCRa = "BatchDeleteConnectionResponse";
    var _BDP = "BatchDeletePartition";
    var _BDPR = "BatchDeletePartitionRequest";
    var _BDPRa = "BatchDeletePartitionResponse";
    var _BDPVL = "BatchDeletePartitionValueList";
    var _BDT = "BatchDeleteTable";
    var _BDTR = "BatchDeleteTableRequest";
    var _BDTRa = "BatchDeleteTableResponse";
    var _BDTV = "BatchDeleteTableVersion";
    var _BDTVR = "BatchDeleteTableVersionRequest";
    var _BDTVRa = "BatchDeleteTableVersionResponse";
    var _BE = "BackfillError";
    var _BEPL = "BackfillErroredPartitionsList";
    var _BEa = "BackfillErrors";
    var _BEi = "BinEdges";
    var _BF = "BoundedFiles";
    var _BGB = "BatchGetBlueprints";
    var _BGBR = "BatchGetBlueprintsRequest";
    var _BGBRa = "BatchGetBlueprintsResponse";
    var _BGC = "BatchGetCrawlers";
    var _BGCET = "BatchGetCustomEntityTypes";
    var _BGCETR = "BatchGetCustomEntityTypesRequest";
    var _BGCETRa = "BatchGetCustomEntityTypesResponse";
    var _BGCR = "BatchGetCrawlersRequest";
    var _BGCRa = "BatchGetCrawlersResponse";
    var _BGDE = "BatchGetDevEndpoints";
    var _BGDER = "BatchGetDevEndpointsRequest";
    var _BGDERa = "BatchGetDevEndpointsResponse";
    var _BGDQR = "BatchGetDataQualityResult";
    var _BGDQRER = "BatchGetDataQualityRulesetEvaluationRun";
    var _BGDQRERR = "BatchGetDataQualityRulesetEvaluationRunRequest";
    var _BGDQRERRa = "BatchGetDataQualityRulesetEvaluationRunResponse";
    var _BGDQRR = "BatchGetDataQualityResultRequest";
    var _BGDQRRa = "BatchGetDataQualityResultResponse";
    var _BGDQRV = "BatchGetDataQualityResultV2";
    var _BGDQRVR = "BatchGetDataQualityResultV2Request";
    var _BGDQRVRa = "BatchGetDataQualityResultV2Response";
    var _BGIF = "BatchGetIterableForms";
    var _BGIFR = "BatchGetIterableFormsRequest";
    var _BGIFRa = "BatchGetIterableFormsResponse";
    var _BGJ = "BatchGetJobs";
    var _BGJR = "BatchGetJobsRequest";
    var _BGJRa = "BatchGetJobsResponse";
    var _BGP = "BatchGetPartition";
    var _BGPR = "BatchGetPartitionRequest";
    var _BGPRa = "BatchGetPartitionResponse";
    var _BGPVL = "BatchGetPartitionValueList";
    var _BGT = "BatchGetTriggers";
    var _BGTO = "BatchGetTableOptimizer";
    var _BGTOE = "BatchGetTableOptimizerEntry";
    var _BGTOEa = "BatchGetTableOptimizerError";
    var _BGTOEat = "BatchGetTableOptimizerEntries";
    var _BGTOEatc = "BatchGetTableOptimizerErrors";
    var _BGTOR = "BatchGetTableOptimizerRequest";
    var _BGTORa = "BatchGetTableOptimizerResponse";
    var _BGTR = "BatchGetTriggersRequest";
    var _BGTRa = "BatchGetTriggersResponse";
    var _BGW = "BatchGetWorkflows";
    var _BGWR = "BatchGetWorkflowsRequest";
    var _BGWRa = "BatchGetWorkflowsResponse";
    var _BL = "BlueprintLocation";
    var _BN = "BlueprintName";
    var _BNr = "BranchName";
    var _BPDQSA = "BatchPutDataQualityStatisticAnnotation";
    var _BPDQSAR = "BatchPutDataQualityStatisticAnnotationRequest";
    var _BPDQSARa = "BatchPutDataQualityStatisticAnnotationResponse";
    var _BR = "BlueprintRun";
    var _BRl = "BlueprintRuns";
    var _BS = "BatchSize";
    var _BSJR = "BatchStopJobRun";
    var _BSJRE = "BatchStopJobRunError";
    var _BSJREL = "BatchStopJobRunErrorList";
    var _BSJRR = "BatchStopJobRunRequest";
    var _BSJRRa = "BatchStopJobRunResponse";
    var _BSJRSS = "BatchStopJobRunSuccessfulSubmission";
    var _BSJRSSL = "BatchStopJobRunSuccessfulSubmissionList";
    var _BSL = "BlueprintServiceLocation";
    var _BSo = "BootstrapServers";
    var _BSou = "BoundedSize";
    var _BTO = "BatchTableOptimizer";
    var _BTOa = "BatchTableOptimizers";
    var _BUP = "BatchUpdatePartition";
    var _BUPFE = "BatchUpdatePartitionFailureEntry";
    var _BUPFL = "BatchUpdatePartitionFailureList";
    var _BUPR = "BatchUpdatePartitionRequest";
    var _BUPRE = "BatchUpdatePartitionRequestEntry";
    var _BUPREL = "BatchUpdatePartitionRequestEntryList";
    var _BUPRa = "BatchUpdatePartitionResponse";
    var _BW = "BatchWindow";
    var _Bl = "Blueprint";
    var _Br = "Branch";
    var _C = "Column";
    var _CA = "CreatedAfter";
    var _CAC = "CustomAuthenticationCredentials";
    var _CACP = "ConnectorAuthorizationCodeProperties";
    var _CACo = "ConnectorAuthenticationConfiguration";
    var _CAP = "CustomAuthenticationProperties";
    var _CAa = "CatalogArn";
    var _CAr = "CreatedAt";
    var _CB = "CreatedBefore";
    var _CBR = "CreateBlueprintRequest";
    var _CBRr = "CreateBlueprintResponse";
    var _CBr = "CreatedBy";
    var _CBre = "CreateBlueprint";
    var _CC = "CrawlerConnection";
    var _CCCR = "CreateCsvClassifierRequest";
    var _CCE = "CompatibleComputeEnvironments";
    var _CCET = "CreateCustomEntityType";
    var _CCETR = "CreateCustomEntityTypeRequest";
    var _CCETRr = "CreateCustomEntityTypeResponse";
    var _CCFE = "ConditionCheckFailureException";
    var _CCP = "ClientCredentialsProperties";
    var _CCR = "CreateCatalogRequest";
    var _CCRr = "CreateCatalogResponse";
    var _CCRre = "CreateClassifierRequest";
    var _CCRrea = "CreateClassifierResponse";
    var _CCRreat = "CreateConnectionRequest";
    var _CCRreate = "CreateConnectionResponse";
    var _CCRreater = "CreateCrawlerRequest";
    var _CCRreatera = "CreateCrawlerResponse";
    var _CCS = "CreateConnectionStatus";
    var _CCSTS = "CreateColumnStatisticsTaskSettings";
    var _CCSTSR = "CreateColumnStatisticsTaskSettingsRequest";
    var _CCSTSRr = "CreateColumnStatisticsTaskSettingsResponse";
    var _CCo = "CompactionConfiguration";
    var _CCr = "CreateCatalog";
    var _CCre = "CreateClassifier";
    var _CCrea = "CreateConnection";
    var _CCreat = "CreateCrawler";
    var _CCs = "CsvClassifier";
    var _CCu = "CustomCode";
    var _CCur = "CursorConfiguration";
    var _CD = "CatalogDatabase";
    var _CDC = "CustomDatatypeConfigured";
    var _CDDP = "CreateDatabaseDefaultPermissions";
    var _CDE = "CreateDevEndpoint";
    var _CDER = "CreateDevEndpointRequest";
    var _CDERr = "CreateDevEndpointResponse";
    var _CDQEC = "CreateDataQualityEvaluationConfig";
    var _CDQECR = "CreateDataQualityEvaluationConfigRequest";
    var _CDQECRr = "CreateDataQualityEvaluationConfigResponse";
    var _CDQR = "CreateDataQualityRuleset";
    var _CDQRER = "CancelDataQualityRulesetEvaluationRun";
    var _CDQRERR = "CancelDataQualityRulesetEvaluationRunRequest";
    var _CDQRERRa = "CancelDataQualityRulesetEvaluationRunResponse";
    var _CDQRR = "CreateDataQualityRulesetRequest";
    var _CDQRRR = "CancelDataQualityRuleRecommendationRun";
    var _CDQRRRR = "CancelDataQualityRuleRecommendationRunRequest";
    var _CDQRRRRa = "CancelDataQualityRuleRecommendationRunResponse";
    var _CDQRRr = "CreateDataQualityRulesetResponse";
    var _CDR = "CreateDatabaseRequest";
    var _CDRr = "CreateDatabaseResponse";
    var _CDS = "CatalogDeltaSource";
    var _CDSo = "ConnectorDataSource";
    var _CDT = "ConnectorDataTarget";
    var _CDr = "CrawlerDetails";
    var _CDre = "CreateDatabase";
    var _CDu = "CustomDatatypes";
    var _CE = "ConflictException";
    var _CEC = "ComputeEnvironmentConfiguration";
    var _CECM = "ComputeEnvironmentConfigurationMap";
    var _CECo = "ComputeEnvironmentConfigurations";
    var _CEL = "ConditionExpressionList";
    var _CEM = "CatalogEncryptionMode";
    var _CESR = "CatalogEncryptionServiceRole";
    var _CET = "CustomEntityTypes";
    var _CETNF = "CustomEntityTypesNotFound";
    var _CETr = "CrawlElapsedTime";
    var _CETu = "CustomEntityType";
    var _CEa = "CatalogEntry";
    var _CEat = "CatalogEntries";
    var _CEo = "ColumnError";
    var _CEol = "ColumnErrors";
    var _CEom = "ComputeEnvironment";
    var _CEon = "ConditionExpression";
    var _CEond = "ConditionExpressions";
    var _CF = "CrawlsFilter";
    var _CFL = "CrawlsFilterList";
    var _CFe = "CellFilters";
    var _CG = "CreateGlossary";
    var _CGCN = "CodeGenConfigurationNode";
    var _CGCNo = "CodeGenConfigurationNodes";
    var _CGCR = "CreateGrokClassifierRequest";
    var _CGE = "CodeGenEdge";
    var _CGICC = "CreateGlueIdentityCenterConfiguration";
    var _CGICCR = "CreateGlueIdentityCenterConfigurationRequest";
    var _CGICCRr = "CreateGlueIdentityCenterConfigurationResponse";
    var _CGN = "CodeGenNode";
    var _CGNA = "CodeGenNodeArg";
    var _CGNAo = "CodeGenNodeArgs";
    var _CGR = "CreateGlossaryRequest";
    var _CGRr = "CreateGlossaryResponse";
    var _CGT = "CreateGlossaryTerm";
    var _CGTR = "CreateGlossaryTermRequest";
    var _CGTRr = "CreateGlossaryTermResponse";
    var _CH = "CrawlerHistory";
    var _CHL = "CrawlerHistoryList";
    var _CHS = "CatalogHudiSource";
    var _CHo = "ContainsHeader";
    var _CI = "CatalogId";
    var _CID = "CatalogID";
    var _CIL = "ColumnImportanceList";
    var _CIR = "CreateIntegrationRequest";
    var _CIRP = "CreateIntegrationResourceProperty";
    var _CIRPR = "CreateIntegrationResourcePropertyRequest";
    var _CIRPRr = "CreateIntegrationResourcePropertyResponse";
    var _CIRr = "CreateIntegrationResponse";
    var _CIS = "CatalogIcebergSource";
    var _CISa = "CatalogImportStatus";
    var _CITI = "CreateIcebergTableInput";
    var _CITP = "CreateIntegrationTableProperties";
    var _CITPR = "CreateIntegrationTablePropertiesRequest";
    var _CITPRr = "CreateIntegrationTablePropertiesResponse";
    var _CIa = "CatalogInput";
    var _CIl = "ClientId";
    var _CIlu = "ClusterId";
    var _CIo = "ColumnImportance";
    var _CIol = "ColumnImportances";
    var _CIom = "CommitId";
    var _CIon = "ConnectionInput";
    var _CIr = "CrawlId";
    var _CIre = "CreateIntegration";
    var _CIu = "CustomerId";
    var _CJ = "CreateJob";
    var _CJCR = "CreateJsonClassifierRequest";
    var _CJR = "CreateJobRequest";
    var _CJRr = "CreateJobResponse";
    var _CKS = "CatalogKafkaSource";
    var _CKSa = "CatalogKinesisSource";
    var _CL = "ConnectionsList";
    var _CLGP = "CustomLogGroupPrefix";
    var _CLS = "CrawlerLineageSettings";
    var _CLa = "CatalogList";
    var _CLl = "ClassifierList";
    var _CLo = "ConnectionList";
    var _CLol = "ColumnList";
    var _CLon = "ConditionList";
    var _CLr = "CrawlerList";
    var _CLra = "CrawlList";
    var _CLu = "CustomLibraries";
    var _CM = "CompactionMetrics";
    var _CME = "ConcurrentModificationException";
    var _CML = "CrawlerMetricsList";
    var _CMLT = "CreateMLTransform";
    var _CMLTR = "CreateMLTransformRequest";
    var _CMLTRR = "CancelMLTaskRunRequest";
    var _CMLTRRa = "CancelMLTaskRunResponse";
    var _CMLTRa = "CancelMLTaskRun";
    var _CMLTRr = "CreateMLTransformResponse";
    var _CMo = "ConfusionMatrix";
    var _CMon = "ConfigurationMap";
    var _CMr = "CrawlerMetrics";
    var _CMre = "CredentialMap";
    var _CN = "CrawlerName";
    var _CND = "CrawlerNodeDetails";
    var _CNDT = "CreateNativeDeltaTable";
    var _CNF = "CrawlersNotFound";
    var _CNL = "ConnectionNameList";
    var _CNLo = "ColumnNameList";
    var _CNLr = "CrawlerNameList";
    var _CNRE = "CrawlerNotRunningException";
    var _CNl = "ClassName";
    var _CNo = "ConnectionName";
    var _CNol = "ColumnName";
    var _CNolu = "ColumnNames";
    var _CNon = "ConnectorName";
    var _CNr = "CrawlerNames";
    var _CO = "CreatedOn";
    var _COAP = "ConnectorOAuth2Properties";
    var _CONO = "ConnectionOptionNameOverrides";
    var _COo = "CompletedOn";
    var _COon = "ConnectionOptions";
    var _COonf = "ConfigurationObject";
    var _CP = "CatalogProperties";
    var _CPC = "ConnectionPropertiesConfiguration";
    var _CPE = "ConnectionPasswordEncryption";
    var _CPI = "CreatePartitionIndex";
    var _CPIR = "CreatePartitionIndexRequest";
    var _CPIRr = "CreatePartitionIndexResponse";
    var _CPL = "ConnectorPropertyList";
    var _CPNO = "ConnectionPropertyNameOverrides";
    var _CPO = "CatalogPropertiesOutput";
    var _CPR = "CreatePartitionRequest";
    var _CPRO = "ConnectionPropertiesRequiredOverrides";
    var _CPRr = "CreatePartitionResponse";
    var _CPo = "ConnectionProperties";
    var _CPon = "ConnectorProperty";
    var _CPont = "ContentPath";
    var _CPr = "CreatePartition";
    var _CPu = "CustomProperties";
    var _CPus = "CustomPatterns";
    var _CR = "ColumnsReferenced";
    var _CRE = "CrawlerRunningException";
    var _CREE = "ConcurrentRunsExceededException";
    var _CREM = "CompositeRuleEvaluationMethod";
    var _CRF = "ColumnRowFilter";
    var _CRFL = "ColumnRowFilterList";
    var _CRI = "CreateRegistryInput";
    var _CRN = "CreatedRulesetName";
    var _CRR = "CreateRegistryResponse";
    var _CRS = "CatalogRedshiftSchema";
    var _CRT = "CatalogRedshiftTable";
    var _CRr = "CreateRegistry";
    var _CS = "CatalogSource";
    var _CSC = "CrawlerSecurityConfiguration";
    var _CSCP = "CatalogSchemaChangePolicy";
    var _CSCR = "CreateSecurityConfigurationRequest";
    var _CSCRr = "CreateSecurityConfigurationResponse";
    var _CSCr = "CreateSecurityConfiguration";
    var _CSD = "ColumnStatisticsData";
    var _CSE = "CrawlerStoppingException";
    var _CSEo = "ColumnStatisticsError";
    var _CSEol = "ColumnStatisticsErrors";
    var _CSI = "CreateSchemaInput";
    var _CSIu = "CurrentSchemaId";
    var _CSL = "ColumnStatisticsList";
    var _CSR = "CancelStatementRequest";
    var _CSRa = "CancelStatementResponse";
    var _CSRr = "CreateSchemaResponse";
    var _CSRre = "CreateScriptRequest";
    var _CSRrea = "CreateScriptResponse";
    var _CSRreat = "CreateSessionRequest";
    var _CSRreate = "CreateSessionResponse";
    var _CSTNRE = "ColumnStatisticsTaskNotRunningException";
    var _CSTR = "ColumnStatisticsTaskRun";
    var _CSTRE = "ColumnStatisticsTaskRunningException";
    var _CSTRI = "ColumnStatisticsTaskRunId";
    var _CSTRIo = "ColumnStatisticsTaskRunIds";
    var _CSTRL = "ColumnStatisticsTaskRunsList";
    var _CSTRo = "ColumnStatisticsTaskRuns";
    var _CSTS = "ColumnStatisticsTaskSettings";
    var _CSTSE = "ColumnStatisticsTaskStoppingException";
    var _CSV = "ConnectionSchemaVersion";
    var _CSVV = "CheckSchemaVersionValidity";
    var _CSVVI = "CheckSchemaVersionValidityInput";
    var _CSVVR = "CheckSchemaVersionValidityResponse";
    var _CSa = "CancelStatement";
    var _CSl = "ClientSecret";
    var _CSo = "ColumnStatistics";
    var _CSon = "ContinuousSync";
    var _CSonv = "ConversionSpec";
    var _CSr = "CrawlState";
    var _CSre = "CreateSchema";
    var _CSrea = "CreateScript";
    var _CSreat = "CreateSession";
    var _CT = "CatalogTable";
    var _CTA = "ConnectionTypeArn";
    var _CTB = "ConnectionTypeBrief";
    var _CTC = "CatalogTableConfig";
    var _CTCO = "CatalogTableConfigOptions";
    var _CTDP = "CreateTableDefaultPermissions";
    var _CTL = "CatalogTargetList";
    var _CTLo = "ConnectionTypeList";
    var _CTO = "CreateTableOptimizer";
    var _CTOR = "CreateTableOptimizerRequest";
    var _CTORr = "CreateTableOptimizerResponse";
    var _CTR = "CreateTableRequest";
    var _CTRr = "CreateTableResponse";
    var _CTRre = "CreateTriggerRequest";
    var _CTRrea = "CreateTriggerResponse";
    var _CTS = "CreatedTimeStamp";
    var _CTV = "ConnectionTypeVariants";
    var _CTVL = "ConnectionTypeVariantList";
    var _CTVN = "ConnectionTypeVariantName";
    var _CTVo = "ConnectionTypeVariant";
    var _CTa = "CatalogTarget";
    var _CTat = "CatalogTargets";
    var _CTata = "CatalogType";
    var _CTl = "ClientToken";
    var _CTo = "ConnectionType";
    var _CTol = "ColumnType";
    var _CTom = "ComputationType";
    var _CTomp = "CompressionType";
    var _CTon = "ConnectionTable";
    var _CTonn = "ConnectionTypes";
    var _CTont = "ContentType";
    var _CTr = "CreateTime";
    var _CTra = "CrawlerTargets";
    var _CTre = "CreationTime";
    var _CTrea = "CreatedTimestamp";
    var _CTreat = "CreatedTime";
    var _CTreate = "CreateTable";
    var _CTreater = "CreateTrigger";
    var _CUDF = "CreateUserDefinedFunction";
    var _CUDFR = "CreateUserDefinedFunctionRequest";
    var _CUDFRr = "CreateUserDefinedFunctionResponse";
    var _CUP = "CreateUsageProfile";
    var _CUPR = "CreateUsageProfileRequest";
    var _CUPRr = "CreateUsageProfileResponse";
    var _CW = "ContextWords";
    var _CWE = "CloudWatchEncryption";
    var _CWEM = "CloudWatchEncryptionMode";
    var _CWME = "CloudWatchMetricsEnabled";
    var _CWR = "CreateWorkflowRequest";
    var _CWRr = "CreateWorkflowResponse";
    var _CWr = "CreateWorkflow";
    var _CXMLCR = "CreateXMLClassifierRequest";
    var _Ca = "Capabilities";
    var _Cat = "Catalog";
    var _Cate = "Categories";
    var _Categ = "Category";
    var _Ch = "Children";
    var _Cl = "Classifier";
    var _Cla = "Classifiers";
    var _Clas = "Classification";
    var _Co = "Connection";
    var _Cod = "Code";
    var _Col = "Columns";
    var _Com = "Comment";
    var _Comm = "Command";
    var _Comp = "Compatibility";
    var _Compa = "Compaction";
    var _Compar = "Comparator";
    var _Compr = "Compression";
    var _Compre = "Compressed";
    var _Con = "Content";
    var _Cond = "Condition";
    var _Condi = "Conditions";
    var _Conf = "Configuration";
    var _Conn = "Connections";
    var _Cou = "Count";
    var _Cr = "Crawlers";
    var _Cra = "Crawl";
    var _Craw = "Crawler";
    var _Crawl = "Crawls";
    var _D = "Description";
    var _DA = "DefaultArguments";
    var _DAR = "DeleteAssetRequest";
    var _DARe = "DeleteAssetResponse";
    var _DARel = "DeleteAttachmentRequest";
    var _DARele = "DeleteAttachmentResponse";
    var _DAT = "DeleteAssetType";
    var _DATR = "DeleteAssetTypeRequest";
    var _DATRe = "DeleteAssetTypeResponse";
    var _DAe = "DeleteArguments";
    var _DAel = "DeleteAsset";
    var _DAele = "DeleteAttachment";
    var _DB = "DeleteBehavior";
    var _DBR = "DeleteBlueprintRequest";
    var _DBRe = "DeleteBlueprintResponse";
    var _DBe = "DeleteBlueprint";
    var _DC = "DeleteCatalog";
    var _DCES = "DataCatalogEncryptionSettings";
    var _DCET = "DeleteCustomEntityType";
    var _DCETR = "DeleteCustomEntityTypeRequest";
    var _DCETRe = "DeleteCustomEntityTypeResponse";
    var _DCR = "DeleteCatalogRequest";
    var _DCRe = "DeleteCatalogResponse";
    var _DCRel = "DeleteClassifierRequest";
    var _DCRele = "DeleteClassifierResponse";
    var _DCRelet = "DeleteConnectionRequest";
    var _DCRelete = "DeleteConnectionResponse";
    var _DCReleter = "DeleteCrawlerRequest";
    var _DCReletera = "DeleteCrawlerResponse";
    var _DCSD = "DateColumnStatisticsData";
    var _DCSDe = "DecimalColumnStatisticsData";
    var _DCSDo = "DoubleColumnStatisticsData";
    var _DCSFP = "DeleteColumnStatisticsForPartition";
    var _DCSFPR = "DeleteColumnStatisticsForPartitionRequest";
    var _DCSFPRe = "DeleteColumnStatisticsForPartitionResponse";
    var _DCSFT = "DeleteColumnStatisticsForTable";
    var _DCSFTR = "DeleteColumnStatisticsForTableRequest";
    var _DCSFTRe = "DeleteColumnStatisticsForTableResponse";
    var _DCSTS = "DeleteColumnStatisticsTaskSettings";
    var _DCSTSR = "DeleteColumnStatisticsTaskSettingsRequest";
    var _DCSTSRe = "DeleteColumnStatisticsTaskSettingsResponse";
    var _DCT = "DeleteConnectionType";
    var _DCTR = "DeleteConnectionTypeRequest";
    var _DCTRe = "DeleteConnectionTypeResponse";
    var _DCTRes = "DescribeConnectionTypeRequest";
    var _DCTResc = "DescribeConnectionTypeResponse";
    var _DCTe = "DescribeConnectionType";
    var _DCe = "DeleteClassifier";
    var _DCel = "DeleteConnection";
    var _DCele = "DeleteCrawler";
    var _DD = "DropDuplicates";
    var _DDB = "DynamoDB";
    var _DDBCS = "DynamoDBCatalogSource";
    var _DDBELTCAO = "DDBELTCatalogAdditionalOptions";
    var _DDBELTCO = "DDBELTConnectionOptions";
    var _DDBELTCS = "DynamoDBELTConnectorSource";
    var _DDBT = "DynamoDBTargets";
    var _DDBTL = "DynamoDBTargetList";
    var _DDBTy = "DynamoDBTarget";
    var _DDE = "DeleteDevEndpoint";
    var _DDER = "DeleteDevEndpointRequest";
    var _DDERe = "DeleteDevEndpointResponse";
    var _DDQEC = "DeleteDataQualityEvaluationConfig";
    var _DDQECR = "DeleteDataQualityEvaluationConfigRequest";
    var _DDQECRe = "DeleteDataQualityEvaluationConfigResponse";
    var _DDQR = "DeleteDataQualityRuleset";
    var _DDQRR = "DeleteDataQualityRulesetRequest";
    var _DDQRRe = "DeleteDataQualityRulesetResponse";
    var _DDR = "DeleteDatabaseRequest";
    var _DDRe = "DeleteDatabaseResponse";
    var _DDe = "DeleteDatabase";
    var _DDi = "DistributionData";
    var _DE = "DevEndpoints";
    var _DECL = "DevEndpointCustomLibraries";
    var _DEL = "DevEndpointList";
    var _DEN = "DevEndpointNames";
    var _DENF = "DevEndpointsNotFound";
    var _DEQA = "DlqEventQueueArn";
    var _DER = "DescribeEntityRequest";
    var _DERe = "DescribeEntityResponse";
    var _DEa = "DagEdges";
    var _DEe = "DevEndpoint";
    var _DEes = "DescribeEntity";
    var _DEy = "DynamodbExport";
    var _DF = "DataFormat";
    var _DFT = "DeleteFormType";
    var _DFTR = "DeleteFormTypeRequest";
    var _DFTRe = "DeleteFormTypeResponse";
    var _DFa = "DataFilter";
    var _DFr = "DropFields";
    var _DG = "DeleteGlossary";
    var _DGICC = "DeleteGlueIdentityCenterConfiguration";
    var _DGICCR = "DeleteGlueIdentityCenterConfigurationRequest";
    var _DGICCRe = "DeleteGlueIdentityCenterConfigurationResponse";
    var _DGR = "DeleteGlossaryRequest";
    var _DGRe = "DeleteGlossaryResponse";
    var _DGT = "DeleteGlossaryTerm";
    var _DGTR = "DeleteGlossaryTermRequest";
    var _DGTRe = "DeleteGlossaryTermResponse";
    var _DGTRi = "DisassociateGlossaryTermsRequest";
    var _DGTRis = "DisassociateGlossaryTermsResponse";
    var _DGTi = "DisassociateGlossaryTerms";
    var _DH = "DpuHours";
    var _DI = "DatabaseInput";
    var _DIA = "DatapointInclusionAnnotation";
    var _DII = "DescribeInboundIntegrations";
    var _DIIR = "DescribeInboundIntegrationsRequest";
    var _DIIRe = "DescribeInboundIntegrationsResponse";
    var _DIR = "DeleteIntegrationRequest";
    var _DIRP = "DeleteIntegrationResourceProperty";
    var _DIRPR = "DeleteIntegrationResourcePropertyRequest";
    var _DIRPRe = "DeleteIntegrationResourcePropertyResponse";
    var _DIRe = "DeleteIntegrationResponse";
    var _DIRes = "DescribeIntegrationsRequest";
    var _DIResc = "DescribeIntegrationsResponse";
    var _DITP = "DeleteIntegrationTableProperties";
    var _DITPR = "DeleteIntegrationTablePropertiesRequest";
    var _DITPRe = "DeleteIntegrationTablePropertiesResponse";
    var _DIa = "DatabaseIdentifier";
    var _DIe = "DestinationId";
    var _DIel = "DeleteIntegration";
    var _DIes = "DescribeIntegrations";
    var _DJ = "DeleteJob";
    var _DJDBCS = "DirectJDBCSource";
    var _DJN = "DependentJobName";
    var _DJR = "DeleteJobRequest";
    var _DJRe = "DeleteJobResponse";
    var _DKS = "DirectKinesisSource";
    var _DKSi = "DirectKafkaSource";
    var _DL = "DatabaseList";
    var _DLA = "DataLakeAccess";
    var _DLAP = "DataLakeAccessProperties";
    var _DLAPO = "DataLakeAccessPropertiesOutput";
    var _DLP = "DataLakePrincipal";
    var _DLPI = "DataLakePrincipalIdentifier";
    var _DMLT = "DeleteMLTransform";
    var _DMLTR = "DeleteMLTransformRequest";
    var _DMLTRe = "DeleteMLTransformResponse";
    var _DN = "DatabaseName";
    var _DNF = "DropNullFields";
    var _DNa = "DagNodes";
    var _DNe = "DecimalNumber";
    var _DNi = "DisplayName";
    var _DOS = "DataOperationScopes";
    var _DP = "DetectionParameters";
    var _DPI = "DeletePartitionIndex";
    var _DPIR = "DeletePartitionIndexRequest";
    var _DPIRe = "DeletePartitionIndexResponse";
    var _DPK = "DeletePublicKeys";
    var _DPO = "DataPreviewOptions";
    var _DPR = "DeletePartitionRequest";
    var _DPRe = "DeletePartitionResponse";
    var _DPUH = "DPUHour";
    var _DPUS = "DPUSeconds";
    var _DPe = "DeletePartition";
    var _DQAM = "DataQualityAggregatedMetrics";
    var _DQAR = "DataQualityAnalyzerResult";
    var _DQARa = "DataQualityAnalyzerResults";
    var _DQCV = "DataQualityConfigurationV2";
    var _DQE = "DataQualityEncryption";
    var _DQEC = "DataQualityEvaluationConfig";
    var _DQECARO = "DataQualityEvaluationConfigAdditionalRunOptions";
    var _DQECDS = "DataQualityEvaluationConfigDataSource";
    var _DQECGT = "DataQualityEvaluationConfigGlueTables";
    var _DQECL = "DataQualityEvaluationConfigList";
    var _DQECLD = "DataQualityEvaluationConfigListDetails";
    var _DQECLDS = "DataQualityEvaluationConfigListDataSource";
    var _DQECLGT = "DataQualityEvaluationConfigListGlueTables";
    var _DQECa = "DataQualityEvaluationConfigs";
    var _DQEM = "DataQualityEncryptionMode";
    var _DQERARO = "DataQualityEvaluationRunAdditionalRunOptions";
    var _DQGT = "DataQualityGlueTable";
    var _DQMV = "DataQualityMetricValues";
    var _DQO = "DataQualityObservation";
    var _DQOD = "DataQualityObservationDescription";
    var _DQOa = "DataQualityObservations";
    var _DQR = "DataQualityResult";
    var _DQRD = "DataQualityResultDescription";
    var _DQRDL = "DataQualityResultDescriptionList";
    var _DQRER = "DataQualityRulesetEvaluationRun";
    var _DQRERD = "DataQualityRulesetEvaluationRunDescription";
    var _DQRERF = "DataQualityRulesetEvaluationRunFilter";
    var _DQRERL = "DataQualityRulesetEvaluationRunList";
    var _DQRERLa = "DataQualityRulesetEvaluationRunsList";
    var _DQRFC = "DataQualityResultFilterCriteria";
    var _DQRFCa = "DataQualityRulesetFilterCriteria";
    var _DQRL = "DataQualityResultsList";
    var _DQRLD = "DataQualityRulesetListDetails";
    var _DQRLa = "DataQualityRulesetList";
    var _DQRPO = "DQResultsPublishingOptions";
    var _DQRR = "DataQualityRuleResults";
    var _DQRRD = "DataQualityRuleResultDescription";
    var _DQRRO = "DataQualityRuleResultsOptions";
    var _DQRRRARO = "DataQualityRuleRecommendationRunAdditionalRunOptions";
    var _DQRRRD = "DataQualityRuleRecommendationRunDescription";
    var _DQRRRF = "DataQualityRuleRecommendationRunFilter";
    var _DQRRRL = "DataQualityRuleRecommendationRunList";
    var _DQRRa = "DataQualityRuleResult";
    var _DQRVD = "DataQualityResultsV2Description";
    var _DQRVDL = "DataQualityResultsV2DescriptionList";
    var _DQRVFC = "DataQualityResultsV2FilterCriteria";
    var _DQRVI = "DataQualityResultV2Item";
    var _DQRVL = "DataQualityResultV2List";
    var _DQSC = "DataQualitySecurityConfiguration";
    var _DQSJOFO = "DQStopJobOnFailureOptions";
    var _DQT = "DataQualityTelemetry";
    var _DQTT = "DataQualityTargetTable";
    var _DR = "DistributionResults";
    var _DRI = "DeleteRegistryInput";
    var _DRLSP = "DefaultRLSPolicy";
    var _DRO = "DistributionResultsOptions";
    var _DRP = "DefaultRunProperties";
    var _DRPR = "DeleteResourcePolicyRequest";
    var _DRPRe = "DeleteResourcePolicyResponse";
    var _DRPe = "DeleteResourcePolicy";
    var _DRR = "DeleteRegistryResponse";
    var _DRe = "DeleteRegistry";
    var _DS = "DetectSchema";
    var _DSAV = "DataStoreApiVersion";
    var _DSB = "DynamodbS3Bucket";
    var _DSBO = "DynamodbS3BucketOwner";
    var _DSC = "DeleteSecurityConfiguration";
    var _DSCP = "DirectSchemaChangePolicy";
    var _DSCR = "DeleteSecurityConfigurationRequest";
    var _DSCRe = "DeleteSecurityConfigurationResponse";
    var _DSI = "DeleteSchemaInput";
    var _DSIe = "DefaultSpecId";
    var _DSIes = "DescribeShardInterval";
    var _DSM = "DataSourceMap";
    var _DSOI = "DefaultSortOrderId";
    var _DSP = "DynamodbS3Prefix";
    var _DSR = "DeleteSchemaResponse";
    var _DSRA = "DynamodbStsRoleArn";
    var _DSRe = "DeleteSessionRequest";
    var _DSRel = "DeleteSessionResponse";
    var _DSV = "DeleteSchemaVersions";
    var _DSVI = "DeleteSchemaVersionsInput";
    var _DSVR = "DeleteSchemaVersionsResponse";
    var _DSa = "DataSource";
    var _DSe = "DetectionSensitivity";
    var _DSel = "DeleteSchema";
    var _DSele = "DeleteSession";
    var _DT = "DynamicTransform";
    var _DTA = "DynamodbTableArn";
    var _DTF = "DateTimeFormat";
    var _DTL = "DeltaTargetList";
    var _DTM = "DataTypeMapping";
    var _DTO = "DeleteTableOptimizer";
    var _DTOR = "DeleteTableOptimizerRequest";
    var _DTORe = "DeleteTableOptimizerResponse";
    var _DTR = "DataTransferRole";
    var _DTRe = "DeleteTableRequest";
    var _DTRel = "DeleteTableResponse";
    var _DTRele = "DeleteTriggerRequest";
    var _DTRelet = "DeleteTriggerResponse";
    var _DTV = "DeleteTableVersion";
    var _DTVR = "DeleteTableVersionRequest";
    var _DTVRe = "DeleteTableVersionResponse";
    var _DTa = "DataType";
    var _DTe = "DeltaTargets";
    var _DTel = "DeltaTarget";
    var _DTele = "DeleteTable";
    var _DTelet = "DeleteTrigger";
    var _DTelt = "DeltaTables";
    var _DUDDBJ = "DynamodbUnnestDDBJson";
    var _DUDF = "DeleteUserDefinedFunction";
    var _DUDFR = "DeleteUserDefinedFunctionRequest";
    var _DUDFRe = "DeleteUserDefinedFunctionResponse";
    var _DUP = "DeleteUsageProfile";
    var _DUPR = "DeleteUsageProfileRequest";
    var _DUPRe = "DeleteUsageProfileResponse";
    var _DV = "DefaultValue";
    var _DVT = "DisableValueTrimming";
    var _DVi = "DistributionValue";
    var _DVia = "DialectVersion";
    var _DVo = "DoubleValue";
    var _DW = "DeleteWorkflow";
    var _DWR = "DeleteWorkflowRequest";
    var _DWRe = "DeleteWorkflowResponse";
    var _Da = "Data";
    var _Dat = "Database";
    var _Data = "Datatype";
    var _Date = "Date";
    var _De = "Delimiter";
    var _Def = "Definer";
    var _Des = "Descriptors";
    var _Det = "Details";
    var _Di = "Dimensions";
    var _Dia = "Dialect";
    var _Dif = "Diff";
    var _Dir = "Direction";
    var _Do = "Doc";
    var _Dr = "Dropped";
    var _E = "Errors";
    var _EA = "EndAt";
    var _EAM = "EnableAdditionalMetadata";
    var _EAR = "EncryptionAtRest";
    var _EAr = "ErroredActions";
    var _EAx = "ExecutionAttempt";
    var _EBA = "EventBusArn";
    var _EBC = "EventBatchingCondition";
    var _EBI = "EncryptedById";
    var _EBN = "ErrorByName";
    var _EC = "EvaluationContext";
    var _ECLM = "EmitConsumerLagMetrics";
    var _ECM = "EntityConfigurationMap";
    var _ECO = "ExecutionCompletedOn";
    var _ECS = "ExcludeColumnSchema";
    var _ECn = "EncryptionConfiguration";
    var _ECnt = "EntityConfiguration";
    var _ECnti = "EntityConfigurations";
    var _ECr = "ErrorCode";
    var _ECx = "ExecutionClass";
    var _ECxe = "ExecutionCount";
    var _ED = "ErrorDetail";
    var _EDM = "EvaluatedDistributionsMap";
    var _EDQ = "EvaluateDataQuality";
    var _EDQMF = "EvaluateDataQualityMultiFrame";
    var _EDr = "ErrorDetails";
    var _EDv = "EvaluatedDistributions";
    var _EEC = "ExportEncryptionConfiguration";
    var _EH = "EnableHybrid";
    var _EJSP = "ExtraJarsS3Path";
    var _EK = "EncryptionKey";
    var _EKM = "EncryptedKeyMetadata";
    var _EL = "EvaluationLevel";
    var _ELTRP = "ExportLabelsTaskRunProperties";
    var _ELd = "EdgeList";
    var _ELn = "EntityList";
    var _EM = "ErrorMessage";
    var _EMM = "EvaluatedMetricsMap";
    var _EMv = "EvaluationMessage";
    var _EMva = "EvaluatedMetrics";
    var _EMval = "EvaluationMetrics";
    var _EN = "EndpointName";
    var _ENFE = "EntityNotFoundException";
    var _ENn = "EntityName";
    var _ENr = "ErrorName";
    var _EO = "EndingOffsets";
    var _EP = "ExecutionProperty";
    var _EPL = "EnforceProvidedLabels";
    var _EPLSP = "ExtraPythonLibsS3Path";
    var _EPr = "ErrorPath";
    var _EPx = "ExtractedParameter";
    var _EQA = "EventQueueArn";
    var _ER = "EvaluatedRule";
    var _ERM = "EvaluationRunMode";
    var _ERSP = "ExecutionRoleSessionPolicy";
    var _ES = "ErrorString";
    var _ESO = "ExecutionStartedOn";
    var _ESP = "EnableSamplePath";
    var _ESx = "ExportSetting";
    var _ET = "EndTime";
    var _ETTD = "EntityTypesToDetect";
    var _ETx = "ExecutionTime";
    var _ETxe = "ExecutionTimestamp";
    var _EU = "EndpointUrl";
    var _EUC = "EnableUpdateCatalog";
    var _EV = "ExpectedValue";
    var _EVr = "ErrorValue";
    var _Ed = "Edge";
    var _Edg = "Edges";
    var _En = "Entries";
    var _Eng = "Engine";
    var _Ent = "Entity";
    var _Enti = "Entities";
    var _Er = "Error";
    var _Es = "Escaper";
    var _Ex = "Expression";
    var _Exc = "Exclusions";
    var _F = "Failures";
    var _FA = "FailedActions";
    var _FC = "FederatedCatalog";
    var _FCARN = "FanoutConsumerARN";
    var _FCi = "FilterConfiguration";
    var _FCil = "FilterClause";
    var _FCile = "FileCount";
    var _FD = "FederatedDatabase";
    var _FDM = "FieldDefinitionMap";
    var _FDT = "FieldDataType";
    var _FDi = "FieldDefinition";
    var _FE = "FlagsEnabled";
    var _FEi = "FilterExpression";
    var _FEil = "FilterExpressions";
    var _FFS = "FromFederationSource";
    var _FI = "FunctionInput";
    var _FIA = "FailedInclusionAnnotations";
    var _FIi = "FieldId";
    var _FL = "FieldsList";
    var _FM = "FilterMode";
    var _FMM = "FindMatchesMetrics";
    var _FMP = "FindMatchesParameters";
    var _FMTRP = "FindMatchesTaskRunProperties";
    var _FMV = "FillMissingValues";
    var _FN = "FieldName";
    var _FNu = "FunctionName";
    var _FO = "FilterOperator";
    var _FOi = "FilterOverrides";
    var _FP = "FilledPath";
    var _FPi = "FilterPredicate";
    var _FPr = "FromPath";
    var _FR = "FailureReason";
    var _FRAEE = "FederatedResourceAlreadyExistsException";
    var _FRu = "FullRefresh";
    var _FS = "FunctionSpec";
    var _FSC = "FilterStringConfiguration";
    var _FSE = "FederationSourceException";
    var _FSEC = "FederationSourceErrorCode";
    var _FSRE = "FederationSourceRetryableException";
    var _FSVN = "FirstSchemaVersionNumber";
    var _FT = "FederatedTable";
    var _FTI = "FormTypeId";
    var _FTIL = "FormTypeItemList";
    var _FTIo = "FormTypeIdentifier";
    var _FTIor = "FormTypeItem";
    var _FTi = "FieldType";
    var _FTr = "FromType";
    var _FTu = "FunctionType";
    var _FV = "FieldValue";
    var _FVi = "FilterValue";
    var _FVil = "FilterValues";
    var _FVo = "FormatVersion";
    var _F_ = "F1";
    var _Fi = "Filter";
    var _Fie = "Fields";
    var _Fiel = "Field";
    var _Fil = "Filters";
    var _Fo = "Format";
    var _Fol = "Folder";
    var _For = "Forms";
    var _Forc = "Force";
    var _Fr = "From";
    var _G = "Groups";
    var _GA = "GetAsset";
    var _GAI = "GetAssetInput";
    var _GAO = "GetAssetOutput";
    var _GAT = "GetAssetType";
    var _GATR = "GetAssetTypeRequest";
    var _GATRe = "GetAssetTypeResponse";
    var _GB = "GetBlueprint";
    var _GBR = "GetBlueprintRequest";
    var _GBRR = "GetBlueprintRunRequest";
    var _GBRRe = "GetBlueprintRunResponse";
    var _GBRRet = "GetBlueprintRunsRequest";
    var _GBRRetl = "GetBlueprintRunsResponse";
    var _GBRe = "GetBlueprintResponse";
    var _GBRet = "GetBlueprintRun";
    var _GBRetl = "GetBlueprintRuns";
    var _GC = "GrokClassifier";
    var _GCET = "GetCustomEntityType";
    var _GCETR = "GetCustomEntityTypeRequest";
    var _GCETRe = "GetCustomEntityTypeResponse";
    var _GCF = "GetConnectionsFilter";
    var _GCIS = "GetCatalogImportStatus";
    var _GCISR = "GetCatalogImportStatusRequest";
    var _GCISRe = "GetCatalogImportStatusResponse";
    var _GCM = "GetCrawlerMetrics";
    var _GCMR = "GetCrawlerMetricsRequest";
    var _GCMRe = "GetCrawlerMetricsResponse";
    var _GCR = "GetCatalogRequest";
    var _GCRe = "GetCatalogResponse";
    var _GCRet = "GetCatalogsRequest";
    var _GCReta = "GetCatalogsResponse";
    var _GCRetl = "GetClassifierRequest";
    var _GCRetla = "GetClassifierResponse";
    var _GCRetlas = "GetClassifiersRequest";
    var _GCRetlass = "GetClassifiersResponse";
    var _GCReto = "GetConnectionRequest";
    var _GCReton = "GetConnectionResponse";
    var _GCRetonn = "GetConnectionsRequest";
    var _GCRetonne = "GetConnectionsResponse";
    var _GCRetr = "GetCrawlerRequest";
    var _GCRetra = "GetCrawlerResponse";
    var _GCRetraw = "GetCrawlersRequest";
    var _GCRetrawl = "GetCrawlersResponse";
    var _GCS = "GovernedCatalogSource";
    var _GCSFP = "GetColumnStatisticsForPartition";
    var _GCSFPR = "GetColumnStatisticsForPartitionRequest";
    var _GCSFPRe = "GetColumnStatisticsForPartitionResponse";
    var _GCSFT = "GetColumnStatisticsForTable";
    var _GCSFTR = "GetColumnStatisticsForTableRequest";
    var _GCSFTRe = "GetColumnStatisticsForTableResponse";
    var _GCSTR = "GetColumnStatisticsTaskRun";
    var _GCSTRR = "GetColumnStatisticsTaskRunRequest";
    var _GCSTRRe = "GetColumnStatisticsTaskRunResponse";
    var _GCSTRRet = "GetColumnStatisticsTaskRunsRequest";
    var _GCSTRReto = "GetColumnStatisticsTaskRunsResponse";
    var _GCSTRe = "GetColumnStatisticsTaskRuns";
    var _GCSTS = "GetColumnStatisticsTaskSettings";
    var _GCSTSR = "GetColumnStatisticsTaskSettingsRequest";
    var _GCSTSRe = "GetColumnStatisticsTaskSettingsResponse";
    var _GCT = "GovernedCatalogTarget";
    var _GCe = "GetCatalog";
    var _GCet = "GetCatalogs";
    var _GCetl = "GetClassifier";
    var _GCetla = "GetClassifiers";
    var _GCeto = "GetConnection";
    var _GCeton = "GetConnections";
    var _GCetr = "GetCrawler";
    var _GCetra = "GetCrawlers";
    var _GD = "GetDatabase";
    var _GDCEC = "GetDataCatalogExportConfiguration";
    var _GDCECI = "GetDataCatalogExportConfigurationInput";
    var _GDCECO = "GetDataCatalogExportConfigurationOutput";
    var _GDCES = "GetDataCatalogEncryptionSettings";
    var _GDCESR = "GetDataCatalogEncryptionSettingsRequest";
    var _GDCESRe = "GetDataCatalogEncryptionSettingsResponse";
    var _GDE = "GetDevEndpoint";
    var _GDER = "GetDevEndpointRequest";
    var _GDERe = "GetDevEndpointResponse";
    var _GDERet = "GetDevEndpointsRequest";
    var _GDERete = "GetDevEndpointsResponse";
    var _GDEe = "GetDevEndpoints";
    var _GDG = "GetDataflowGraph";
    var _GDGR = "GetDataflowGraphRequest";
    var _GDGRe = "GetDataflowGraphResponse";
    var _GDQEC = "GetDataQualityEvaluationConfig";
    var _GDQECR = "GetDataQualityEvaluationConfigRequest";
    var _GDQECRe = "GetDataQualityEvaluationConfigResponse";
    var _GDQM = "GetDataQualityModel";
    var _GDQMR = "GetDataQualityModelRequest";
    var _GDQMRR = "GetDataQualityModelResultRequest";
    var _GDQMRRe = "GetDataQualityModelResultResponse";
    var _GDQMRe = "GetDataQualityModelResponse";
    var _GDQMRet = "GetDataQualityModelResult";
    var _GDQR = "GetDataQualityResult";
    var _GDQRER = "GetDataQualityRulesetEvaluationRun";
    var _GDQRERR = "GetDataQualityRulesetEvaluationRunRequest";
    var _GDQRERRe = "GetDataQualityRulesetEvaluationRunResponse";
    var _GDQRR = "GetDataQualityResultRequest";
    var _GDQRRR = "GetDataQualityRuleRecommendationRun";
    var _GDQRRRR = "GetDataQualityRuleRecommendationRunRequest";
    var _GDQRRRRe = "GetDataQualityRuleRecommendationRunResponse";
    var _GDQRRe = "GetDataQualityResultResponse";
    var _GDQRRet = "GetDataQualityRulesetRequest";
    var _GDQRReta = "GetDataQualityRulesetResponse";
    var _GDQRV = "GetDataQualityResultV2";
    var _GDQRVR = "GetDataQualityResultV2Request";
    var _GDQRVRe = "GetDataQualityResultV2Response";
    var _GDQRe = "GetDataQualityRuleset";
    var _GDR = "GetDatabaseRequest";
    var _GDRe = "GetDatabaseResponse";
    var _GDRet = "GetDatabasesRequest";
    var _GDReta = "GetDatabasesResponse";
    var _GDU = "GetDashboardUrl";
    var _GDUR = "GetDashboardUrlRequest";
    var _GDURe = "GetDashboardUrlResponse";
    var _GDe = "GetDatabases";
    var _GEE = "GlueEncryptionException";
    var _GER = "GetEntityRecords";
    var _GERR = "GetEntityRecordsRequest";
    var _GERRe = "GetEntityRecordsResponse";
    var _GF = "GroupFilters";
    var _GFL = "GroupFiltersList";
    var _GFT = "GetFormType";
    var _GFTR = "GetFormTypeRequest";
    var _GFTRe = "GetFormTypeResponse";
    var _GFr = "GroupFiles";
    var _GG = "GetGlossary";
    var _GGICC = "GetGlueIdentityCenterConfiguration";
    var _GGICCR = "GetGlueIdentityCenterConfigurationRequest";
    var _GGICCRe = "GetGlueIdentityCenterConfigurationResponse";
    var _GGR = "GetGlossaryRequest";
    var _GGRe = "GetGlossaryResponse";
    var _GGT = "GetGlossaryTerm";
    var _GGTR = "GetGlossaryTermRequest";
    var _GGTRe = "GetGlossaryTermResponse";
    var _GI = "GlossaryIdentifier";
    var _GIL = "GlossaryItemList";
    var _GIRP = "GetIntegrationResourceProperty";
    var _GIRPR = "GetIntegrationResourcePropertyRequest";
    var _GIRPRe = "GetIntegrationResourcePropertyResponse";
    var _GITP = "GetIntegrationTableProperties";
    var _GITPR = "GetIntegrationTablePropertiesRequest";
    var _GITPRe = "GetIntegrationTablePropertiesResponse";
    var _GIl = "GlossaryId";
    var _GIlo = "GlossaryItem";
    var _GJ = "GetJob";
    var _GJB = "GetJobBookmark";
    var _GJBR = "GetJobBookmarkRequest";
    var _GJBRe = "GetJobBookmarkResponse";
    var _GJR = "GetJobRequest";
    var _GJRR = "GetJobRunRequest";
    var _GJRRe = "GetJobRunResponse";
    var _GJRRet = "GetJobRunsRequest";
    var _GJRReto = "GetJobRunsResponse";
    var _GJRe = "GetJobResponse";
    var _GJRet = "GetJobsRequest";
    var _GJReto = "GetJobsResponse";
    var _GJRetob = "GetJobRun";
    var _GJRetobu = "GetJobRuns";
    var _GJUA = "GetJobUpgradeAnalysis";
    var _GJUAR = "GetJobUpgradeAnalysisRequest";
    var _GJUARe = "GetJobUpgradeAnalysisResponse";
    var _GJe = "GetJobs";
    var _GM = "GovernanceMode";
    var _GMLT = "GetMLTransform";
    var _GMLTR = "GetMLTransformRequest";
    var _GMLTRR = "GetMLTaskRunRequest";
    var _GMLTRRe = "GetMLTaskRunResponse";
    var _GMLTRRet = "GetMLTaskRunsRequest";
    var _GMLTRReta = "GetMLTaskRunsResponse";
    var _GMLTRe = "GetMLTransformResponse";
    var _GMLTRet = "GetMLTransformsRequest";
    var _GMLTReta = "GetMLTaskRun";
    var _GMLTRetas = "GetMLTaskRuns";
    var _GMLTRetr = "GetMLTransformsResponse";
    var _GMLTe = "GetMLTransforms";
    var _GMR = "GetMappingRequest";
    var _GMRe = "GetMappingResponse";
    var _GMVRTR = "GetMaterializedViewRefreshTaskRun";
    var _GMVRTRR = "GetMaterializedViewRefreshTaskRunRequest";
    var _GMVRTRRe = "GetMaterializedViewRefreshTaskRunResponse";
    var _GMe = "GetMapping";
    var _GN = "GroupName";
    var _GP = "GrokPattern";
    var _GPI = "GetPartitionIndexes";
    var _GPIR = "GetPartitionIndexesRequest";
    var _GPIRe = "GetPartitionIndexesResponse";
    var _GPR = "GetPartitionRequest";
    var _GPRe = "GetPartitionResponse";
    var _GPRet = "GetPartitionsRequest";
    var _GPReta = "GetPartitionsResponse";
    var _GPRetl = "GetPlanRequest";
    var _GPRetla = "GetPlanResponse";
    var _GPe = "GetPartition";
    var _GPet = "GetPartitions";
    var _GPetl = "GetPlan";
    var _GPl = "GluePolicy";
    var _GR = "GetRegistry";
    var _GRI = "GetRegistryInput";
    var _GRP = "GetResourcePolicies";
    var _GRPR = "GetResourcePoliciesRequest";
    var _GRPRL = "GetResourcePoliciesResponseList";
    var _GRPRe = "GetResourcePoliciesResponse";
    var _GRPRet = "GetResourcePolicyRequest";
    var _GRPRete = "GetResourcePolicyResponse";
    var _GRPe = "GetResourcePolicy";
    var _GRR = "GetRegistryResponse";
    var _GS = "GlueSchema";
    var _GSBD = "GetSchemaByDefinition";
    var _GSBDI = "GetSchemaByDefinitionInput";
    var _GSBDR = "GetSchemaByDefinitionResponse";
    var _GSC = "GlobalSourceConfiguration";
    var _GSCR = "GetSecurityConfigurationRequest";
    var _GSCRe = "GetSecurityConfigurationResponse";
    var _GSCRet = "GetSecurityConfigurationsRequest";
    var _GSCRete = "GetSecurityConfigurationsResponse";
    var _GSCe = "GetSecurityConfiguration";
    var _GSCet = "GetSecurityConfigurations";
    var _GSE = "GetSessionEndpoint";
    var _GSER = "GetSessionEndpointRequest";
    var _GSERe = "GetSessionEndpointResponse";
    var _GSI = "GetSchemaInput";
    var _GSLFJR = "GetSystemLogsForJobRun";
    var _GSLFJRR = "GetSystemLogsForJobRunRequest";
    var _GSLFJRRe = "GetSystemLogsForJobRunResponse";
    var _GSLFS = "GetSystemLogsForSession";
    var _GSLFSR = "GetSystemLogsForSessionRequest";
    var _GSLFSRe = "GetSystemLogsForSessionResponse";
    var _GSPL = "GlueStudioPathList";
    var _GSR = "GetSchemaResponse";
    var _GSRe = "GetSessionRequest";
    var _GSRet = "GetSessionResponse";
    var _GSRett = "GetStatementRequest";
    var _GSRetta = "GetStatementResponse";
    var _GSSC = "GlueStudioSchemaColumn";
    var _GSSCL = "GlueStudioSchemaColumnList";
    var _GST = "GlueStudioType";
    var _GSV = "GetSchemaVersion";
    var _GSVD = "GetSchemaVersionsDiff";
    var _GSVDI = "GetSchemaVersionsDiffInput";
    var _GSVDR = "GetSchemaVersionsDiffResponse";
    var _GSVI = "GetSchemaVersionInput";
    var _GSVR = "GetSchemaVersionResponse";
    var _GSe = "GetSchema";
    var _GSet = "GetSession";
    var _GSett = "GetStatement";
    var _GSl = "GlueSchemas";
    var _GSr = "GroupSize";
    var _GT = "GlossaryTerms";
    var _GTI = "GlossaryTermIdentifiers";
    var _GTIL = "GlossaryTermItemList";
    var _GTIl = "GlossaryTermItem";
    var _GTO = "GetTableOptimizer";
    var _GTOR = "GetTableOptimizerRequest";
    var _GTORe = "GetTableOptimizerResponse";
    var _GTR = "GetTableRequest";
    var _GTRe = "GetTableResponse";
    var _GTRet = "GetTablesRequest";
    var _GTReta = "GetTablesResponse";
    var _GTRetag = "GetTagsRequest";
    var _GTRetags = "GetTagsResponse";
    var _GTRetr = "GetTriggerRequest";
    var _GTRetri = "GetTriggerResponse";
    var _GTRetrig = "GetTriggersRequest";
    var _GTRetrigg = "GetTriggersResponse";
    var _GTV = "GetTableVersion";
    var _GTVL = "GetTableVersionsList";
    var _GTVR = "GetTableVersionRequest";
    var _GTVRe = "GetTableVersionResponse";
    var _GTVRet = "GetTableVersionsRequest";
    var _GTVReta = "GetTableVersionsResponse";
    var _GTVe = "GetTableVersions";
    var _GTe = "GetTable";
    var _GTet = "GetTables";
    var _GTeta = "GetTags";
    var _GTetr = "GetTrigger";
    var _GTetri = "GetTriggers";
    var _GTl = "GlueTables";
    var _GTlu = "GlueTable";
    var _GUDF = "GetUserDefinedFunction";
    var _GUDFR = "GetUserDefinedFunctionRequest";
    var _GUDFRe = "GetUserDefinedFunctionResponse";
    var _GUDFRet = "GetUserDefinedFunctionsRequest";
    var _GUDFRets = "GetUserDefinedFunctionsResponse";
    var _GUDFe = "GetUserDefinedFunctions";
    var _GUP = "GetUsageProfile";
    var _GUPM = "GetUnfilteredPartitionMetadata";
    var _GUPMR = "GetUnfilteredPartitionMetadataRequest";
    var _GUPMRe = "GetUnfilteredPartitionMetadataResponse";
    var _GUPMRet = "GetUnfilteredPartitionsMetadataRequest";
    var _GUPMRetn = "GetUnfilteredPartitionsMetadataResponse";
    var _GUPMe = "GetUnfilteredPartitionsMetadata";
    var _GUPR = "GetUsageProfileRequest";
    var _GUPRe = "GetUsageProfileResponse";
    var _GUTM = "GetUnfilteredTableMetadata";
    var _GUTMR = "GetUnfilteredTableMetadataRequest";
    var _GUTMRe = "GetUnfilteredTableMetadataResponse";
    var _GV = "GlueVersion";
    var _GVI = "GlueVersionId";
    var _GW = "GetWorkflow";
    var _GWR = "GetWorkflowRequest";
    var _GWRP = "GetWorkflowRunProperties";
    var _GWRPR = "GetWorkflowRunPropertiesRequest";
    var _GWRPRe = "GetWorkflowRunPropertiesResponse";
    var _GWRR = "GetWorkflowRunRequest";
    var _GWRRe = "GetWorkflowRunResponse";
    var _GWRRet = "GetWorkflowRunsRequest";
    var _GWRReto = "GetWorkflowRunsResponse";
    var _GWRe = "GetWorkflowResponse";
    var _GWRet = "GetWorkflowRun";
    var _GWReto = "GetWorkflowRuns";
    var _Gr = "Graph";
    var _H = "Header";
    var _HBK = "HighBoundKey";
    var _HD = "HasDatabases";
    var _HK = "HeaderKey";
    var _HP = "HidePassword";
    var _HRV = "HostRuntimeVersion";
    var _HT = "HudiTargets";
    var _HTL = "HudiTargetList";
    var _HTu = "HudiTarget";
    var _I = "Inputs";
    var _IA = "InclusionAnnotations";
    var _IAL = "InclusionAnnotationList";
    var _IAn = "InstanceArn";
    var _IAnc = "InclusionAnnotation";
    var _IAnt = "IntegrationArn";
    var _IB = "IncludeBlueprint";
    var _IBSE = "IllegalBlueprintStateException";
    var _IBm = "ImportedBy";
    var _IC = "ImportCompleted";
    var _ICC = "IcebergCompactionConfiguration";
    var _ICM = "IcebergCompactionMetrics";
    var _ICOF = "IntegrationConflictOperationFault";
    var _ICTG = "ImportCatalogToGlue";
    var _ICTGR = "ImportCatalogToGlueRequest";
    var _ICTGRm = "ImportCatalogToGlueResponse";
    var _ICn = "IntegrationConfig";
    var _ICs = "IsCreateable";
    var _ID = "InitialDefault";
    var _IDOC = "IsDefaultOnCreate";
    var _IE = "IsEnabled";
    var _IEK = "IcebergEncryptedKey";
    var _IEL = "IntegrationErrorList";
    var _IELt = "ItemErrorList";
    var _IEn = "IntegrationError";
    var _IEs = "IsEmpty";
    var _IEt = "ItemError";
    var _IF = "IsFilterable";
    var _IFE = "IterableFormEntry";
    var _IFI = "IdentifierFieldIds";
    var _IFIL = "IterableFormItemList";
    var _IFIt = "IterableFormItem";
    var _IFL = "IntegrationFilterList";
    var _IFLI = "IterableFormListItem";
    var _IFLIL = "IterableFormListItemList";
    var _IFM = "IterableFormMap";
    var _IFN = "IterableFormName";
    var _IFn = "IntegrationFilter";
    var _IFnp = "InputFormat";
    var _IFt = "IterableForms";
    var _IG = "IncludeGraph";
    var _IH = "IncludeHeaders";
    var _II = "ItemIdentifier";
    var _IIE = "InvalidInputException";
    var _IIL = "InboundIntegrationsList";
    var _IISF = "InvalidIntegrationStateFault";
    var _IIc = "IcebergInput";
    var _IIn = "IntegrationIdentifier";
    var _IInb = "InboundIntegrations";
    var _IInbo = "InboundIntegration";
    var _IIt = "ItemIdentifiers";
    var _IIte = "ItemId";
    var _IL = "IntegrationsList";
    var _ILTRP = "ImportLabelsTaskRunProperties";
    var _IM = "IcebergMetrics";
    var _IMDV = "IsMultiDialectView";
    var _IMV = "IsMaterializedView";
    var _IMs = "IsManaged";
    var _IN = "IntegrationName";
    var _INFF = "IntegrationNotFoundFault";
    var _INO = "IsNegOne";
    var _INS = "IsNullString";
    var _INn = "IndexName";
    var _INs = "IsNullable";
    var _INt = "ItemName";
    var _IO = "IsOrderable";
    var _IOFDC = "IcebergOrphanFileDeletionConfiguration";
    var _IOFDM = "IcebergOrphanFileDeletionMetrics";
    var _IOP = "IcebergOptimizationProperties";
    var _IOPO = "IcebergOptimizationPropertiesOutput";
    var _IOs = "IsOptional";
    var _IP = "IsPartitionable";
    var _IPE = "IsParentEntity";
    var _IPF = "IcebergPartitionField";
    var _IPK = "IsPrimaryKey";
    var _IPME = "IdempotentParameterMismatchException";
    var _IPS = "IncludeParameterSpec";
    var _IPSFL = "IcebergPartitionSpecFieldList";
    var _IPSL = "IcebergPartitionSpecList";
    var _IPSLn = "IntegrationPartitionSpecList";
    var _IPSc = "IcebergPartitionSpec";
    var _IPm = "ImputedPath";
    var _IPn = "IntegrationPartition";
    var _IPs = "IsProtected";
    var _IQ = "IsQueryable";
    var _IQEF = "IntegrationQuotaExceededFault";
    var _IR = "IamRole";
    var _IRC = "IcebergRetentionConfiguration";
    var _IRM = "IcebergRetentionMetrics";
    var _IRP = "IntegrationResourceProperty";
    var _IRPF = "IntegrationResourcePropertyFilter";
    var _IRPFL = "IntegrationResourcePropertyFilterList";
    var _IRPL = "IntegrationResourcePropertyList";
    var _IRT = "InputRecordTables";
    var _IRWLF = "IsRegisteredWithLakeFormation";
    var _IRn = "IncludeRoot";
    var _IRs = "IsRetrievable";
    var _IS = "ImportStatus";
    var _ISD = "IncludeStatusDetails";
    var _ISE = "InternalServerException";
    var _ISEn = "InternalServiceException";
    var _ISEnv = "InvalidStateException";
    var _ISF = "IcebergSortField";
    var _ISFL = "IcebergStructFieldList";
    var _ISFc = "IcebergStructField";
    var _ISL = "IcebergSchemaList";
    var _ISO = "IcebergSortOrder";
    var _ISOFL = "IcebergSortOrderFieldList";
    var _ISOL = "IcebergSortOrderList";
    var _ISP = "InputS3Path";
    var _ISSE = "IllegalSessionStateException";
    var _ISc = "IcebergSchema";
    var _ISn = "IndexStatus";
    var _ISs = "IsStale";
    var _IT = "ImportTime";
    var _ITBRIM = "IdleTimeBetweenReadsInMs";
    var _ITL = "IcebergTargetList";
    var _ITLn = "IntegrationTagsList";
    var _ITM = "IcebergTableMetadata";
    var _ITP = "IntegrationTableProperties";
    var _ITPF = "IntegrationTablePropertiesFilter";
    var _ITPFL = "IntegrationTablePropertiesFilterList";
    var _ITPL = "IntegrationTablePropertiesList";
    var _ITU = "IcebergTableUpdate";
    var _ITUL = "IcebergTableUpdateList";
    var _ITc = "IcebergTargets";
    var _ITce = "IcebergTarget";
    var _ITd = "IdleTimeout";
    var _ITn = "IntegrationType";
    var _IU = "IsUpdateable";
    var _IUs = "IsUpsertable";
    var _IWSE = "IllegalWorkflowStateException";
    var _Id = "Id";
    var _Ide = "Identifier";
    var _Ids = "Ids";
    var _Im = "Importance";
    var _In = "Integrations";
    var _Ind = "Index";
    var _Int = "Integration";
    var _It = "Items";
    var _J = "Jobs";
    var _JB = "JobBookmark";
    var _JBE = "JobBookmarksEncryption";
    var _JBEM = "JobBookmarksEncryptionMode";
    var _JBEo = "JobBookmarkEntry";
    var _JBK = "JobBookmarkKeys";
    var _JBKSO = "JobBookmarkKeysSortOrder";
    var _JC = "JsonClassifier";
    var _JCo = "JobCommand";
    var _JCob = "JobConfiguration";
    var _JCoi = "JoinColumn";
    var _JCoin = "JoinColumns";
    var _JD = "JobDetails";
    var _JDBCCO = "JDBCConnectorOptions";
    var _JDBCCS = "JDBCConnectorSource";
    var _JDBCCT = "JDBCConnectorTarget";
    var _JDIH = "JobDurationInHour";
    var _JI = "JobId";
    var _JL = "JobList";
    var _JM = "JobMode";
    var _JN = "JobName";
    var _JND = "JobNodeDetails";
    var _JNF = "JobsNotFound";
    var _JNo = "JobNames";
    var _JP = "JsonPath";
    var _JR = "JobRun";
    var _JRI = "JobRunId";
    var _JRIo = "JobRunIds";
    var _JRL = "JobRunList";
    var _JRQE = "JobRunQueuingEnabled";
    var _JRS = "JobRunState";
    var _JRo = "JobRuns";
    var _JT = "JwtToken";
    var _JTL = "JdbcTargetList";
    var _JTd = "JdbcTargets";
    var _JTdb = "JdbcTarget";
    var _JTo = "JoinType";
    var _JU = "JobUpdate";
    var _JWTBP = "JWTBearerProperties";
    var _Jd = "Jdbc";
    var _Jo = "Join";
    var _Job = "Job";
    var _K = "Key";
    var _KA = "KmsArn";
    var _KI = "KeyId";
    var _KK = "KmsKey";
    var _KKA = "KmsKeyArn";
    var _KKI = "KmsKeyId";
    var _KMSKNAF = "KMSKeyNotAccessibleFault";
    var _KO = "KeyOverride";
    var _KSE = "KeySchemaElement";
    var _KSEL = "KeySchemaElementList";
    var _KSSO = "KafkaStreamingSourceOptions";
    var _KSSOi = "KinesisStreamingSourceOptions";
    var _Ke = "Keys";
    var _L = "Level";
    var _LAD = "LastActiveDefinition";
    var _LAT = "LastAccessTime";
    var _LATR = "ListAssetTypesRequest";
    var _LATRi = "ListAssetTypesResponse";
    var _LATa = "LastAnalyzedTime";
    var _LATi = "ListAssetTypes";
    var _LB = "LowerBound";
    var _LBK = "LowBoundKey";
    var _LBR = "ListBlueprintsRequest";
    var _LBRi = "ListBlueprintsResponse";
    var _LBi = "ListBlueprints";
    var _LC = "LineageConfiguration";
    var _LCET = "ListCustomEntityTypes";
    var _LCETR = "ListCustomEntityTypesRequest";
    var _LCETRi = "ListCustomEntityTypesResponse";
    var _LCI = "LastColumnId";
    var _LCIa = "LastCrawlInfo";
    var _LCIas = "LastCommitId";
    var _LCR = "ListCrawlersRequest";
    var _LCRi = "ListCrawlersResponse";
    var _LCRis = "ListCrawlsRequest";
    var _LCRist = "ListCrawlsResponse";
    var _LCSD = "LongColumnStatisticsData";
    var _LCSTR = "ListColumnStatisticsTaskRuns";
    var _LCSTRR = "ListColumnStatisticsTaskRunsRequest";
    var _LCSTRRi = "ListColumnStatisticsTaskRunsResponse";
    var _LCT = "ListConnectionTypes";
    var _LCTR = "ListConnectionTypesRequest";
    var _LCTRi = "ListConnectionTypesResponse";
    var _LCVT = "LastConnectionValidationTime";
    var _LCa = "LastCrawl";
    var _LCab = "LabelCount";
    var _LCi = "ListCrawlers";
    var _LCis = "ListCrawls";
    var _LD = "LongDescription";
    var _LDE = "ListDevEndpoints";
    var _LDER = "ListDevEndpointsRequest";
    var _LDERi = "ListDevEndpointsResponse";
    var _LDQEC = "ListDataQualityEvaluationConfigs";
    var _LDQECR = "ListDataQualityEvaluationConfigsRequest";
    var _LDQECRi = "ListDataQualityEvaluationConfigsResponse";
    var _LDQR = "ListDataQualityResults";
    var _LDQRER = "ListDataQualityRulesetEvaluationRuns";
    var _LDQRERR = "ListDataQualityRulesetEvaluationRunsRequest";
    var _LDQRERRi = "ListDataQualityRulesetEvaluationRunsResponse";
    var _LDQRR = "ListDataQualityResultsRequest";
    var _LDQRRR = "ListDataQualityRuleRecommendationRuns";
    var _LDQRRRR = "ListDataQualityRuleRecommendationRunsRequest";
    var _LDQRRRRi = "ListDataQualityRuleRecommendationRunsResponse";
    var _LDQRRi = "ListDataQualityResultsResponse";
    var _LDQRRis = "ListDataQualityRulesetsRequest";
    var _LDQRRist = "ListDataQualityRulesetsResponse";
    var _LDQRV = "ListDataQualityResultsV2";
    var _LDQRVR = "ListDataQualityResultsV2Request";
    var _LDQRVRi = "ListDataQualityResultsV2Response";
    var _LDQRi = "ListDataQualityRulesets";
    var _LDQS = "ListDataQualityStatistics";
    var _LDQSA = "ListDataQualityStatisticAnnotations";
    var _LDQSAR = "ListDataQualityStatisticAnnotationsRequest";
    var _LDQSARi = "ListDataQualityStatisticAnnotationsResponse";
    var _LDQSR = "ListDataQualityStatisticsRequest";
    var _LDQSRi = "ListDataQualityStatisticsResponse";
    var _LE = "ListEntities";
    var _LEA = "LastExecutionAttempt";
    var _LER = "ListEntitiesRequest";
    var _LERi = "ListEntitiesResponse";
    var _LFC = "LakeFormationConfiguration";
    var _LFT = "ListFormTypes";
    var _LFTR = "ListFormTypesRequest";
    var _LFTRi = "ListFormTypesResponse";
    var _LG = "LogGroup";
    var _LGN = "LogGroupName";
    var _LGR = "ListGlossariesRequest";
    var _LGRi = "ListGlossariesResponse";
    var _LGT = "ListGlossaryTerms";
    var _LGTR = "ListGlossaryTermsRequest";
    var _LGTRi = "ListGlossaryTermsResponse";
    var _LGi = "ListGlossaries";
    var _LIF = "ListIterableForms";
    var _LIFR = "ListIterableFormsRequest";
    var _LIFRi = "ListIterableFormsResponse";
    var _LIRP = "ListIntegrationResourceProperties";
    var _LIRPR = "ListIntegrationResourcePropertiesRequest";
    var _LIRPRi = "ListIntegrationResourcePropertiesResponse";
    var _LITP = "ListIntegrationTableProperties";
    var _LITPR = "ListIntegrationTablePropertiesRequest";
    var _LITPRi = "ListIntegrationTablePropertiesResponse";
    var _LJ = "ListJobs";
    var _LJR = "ListJobsRequest";
    var _LJRi = "ListJobsResponse";
    var _LL = "LowerLimit";
    var _LM = "LastModified";
    var _LMA = "LastModifiedAfter";
    var _LMB = "LastModifiedBefore";
    var _LMLT = "ListMLTransforms";
    var _LMLTR = "ListMLTransformsRequest";
    var _LMLTRi = "ListMLTransformsResponse";
    var _LMO = "LastModifiedOn";
    var _LMT = "LastModifiedTimestamp";
    var _LMVRTR = "ListMaterializedViewRefreshTaskRuns";
    var _LMVRTRR = "ListMaterializedViewRefreshTaskRunsRequest";
    var _LMVRTRRi = "ListMaterializedViewRefreshTaskRunsResponse";
    var _LN = "LineNumber";
    var _LO = "LogicalOperator";
    var _LP = "LimitParameter";
    var _LPI = "LastPartitionId";
    var _LPL = "LimitedPathList";
    var _LR = "LastRun";
    var _LRI = "ListRegistriesInput";
    var _LRR = "ListRegistriesResponse";
    var _LRS = "LastRuntimeSeconds";
    var _LRT = "LastRefreshType";
    var _LRi = "ListRegistries";
    var _LS = "LogStream";
    var _LSGTRP = "LabelingSetGenerationTaskRunProperties";
    var _LSI = "ListSchemasInput";
    var _LSR = "ListSchemasResponse";
    var _LSRi = "ListSessionsRequest";
    var _LSRis = "ListSessionsResponse";
    var _LSRist = "ListStatementsRequest";
    var _LSRistt = "ListStatementsResponse";
    var _LSV = "LatestSchemaVersion";
    var _LSVI = "ListSchemaVersionsInput";
    var _LSVR = "ListSchemaVersionsResponse";
    var _LSVi = "ListSchemaVersions";
    var _LSi = "ListSchemas";
    var _LSis = "ListSessions";
    var _LSist = "ListStatements";
    var _LT = "ListType";
    var _LTOR = "ListTableOptimizerRuns";
    var _LTORR = "ListTableOptimizerRunsRequest";
    var _LTORRi = "ListTableOptimizerRunsResponse";
    var _LTR = "ListTriggersRequest";
    var _LTRi = "ListTriggersResponse";
    var _LTi = "ListTriggers";
    var _LU = "LastUpdated";
    var _LUB = "LastUpdatedBy";
    var _LUP = "ListUsageProfiles";
    var _LUPR = "ListUsageProfilesRequest";
    var _LUPRi = "ListUsageProfilesResponse";
    var _LUS = "LastUpdateStatus";
    var _LUT = "LastUpdatedTime";
    var _LUo = "LogoUrl";
    var _LUoc = "LocationUri";
    var _LUog = "LogUri";
    var _LV = "LibraryVersion";
    var _LVa = "LatestVersion";
    var _LVo = "LongValue";
    var _LW = "ListWorkflows";
    var _LWR = "ListWorkflowsRequest";
    var _LWRi = "ListWorkflowsResponse";
    var _La = "Language";
    var _Lab = "Labels";
    var _Labe = "Label";
    var _Li = "Limit";
    var _Lo = "Location";
    var _Log = "Logical";
    var _M = "Message";
    var _MA = "MergeAction";
    var _MB = "MissingBlueprints";
    var _MBO = "MetricBasedObservation";
    var _MBa = "MaxBand";
    var _MC = "MergeClause";
    var _MCR = "MaxConcurrentRuns";
    var _MCa = "MatchCriteria";
    var _MCax = "MaxCapacity";
    var _MDBT = "MongoDBTargets";
    var _MDBTL = "MongoDBTargetList";
    var _MDBTo = "MongoDBTarget";
    var _ME = "MappingEntry";
    var _MF = "MapFilter";
    var _MFIB = "MaxFilesInBand";
    var _MFRPS = "MaxFetchRecordsPerShard";
    var _MFTIM = "MaxFetchTimeInMs";
    var _MI = "MetadataInfo";
    var _MIM = "MetadataInfoMap";
    var _MIR = "ModifyIntegrationRequest";
    var _MIRo = "ModifyIntegrationResponse";
    var _MIo = "ModifyIntegration";
    var _MK = "MetadataKey";
    var _MKV = "MetadataKeyValue";
    var _MKVP = "MetadataKeyValuePair";
    var _ML = "MaximumLength";
    var _MLT = "MLTransform";
    var _MLTNRE = "MLTransformNotReadyException";
    var _MLUDE = "MLUserDataEncryption";
    var _MLa = "MappingList";
    var _MLe = "MetadataList";
    var _MN = "MetricName";
    var _MO = "MetadataOperation";
    var _MOPT = "MaxOffsetsPerTrigger";
    var _MP = "MessagePrefix";
    var _MPa = "MatchPattern";
    var _MPi = "MinPartitions";
    var _MR = "MaxRetries";
    var _MRIM = "MaxRetryIntervalMs";
    var _MRN = "ManagedRulesetName";
    var _MRPR = "MaxRecordPerRead";
    var _MRS = "MedianRuntimeSeconds";
    var _MRTW = "MaxRowsToWrite";
    var _MRa = "MaxRecords";
    var _MRax = "MaxResults";
    var _MSQLCS = "MySQLCatalogSource";
    var _MSQLCT = "MySQLCatalogTarget";
    var _MSQLSCS = "MicrosoftSQLServerCatalogSource";
    var _MSQLSCT = "MicrosoftSQLServerCatalogTarget";
    var _MTD = "MaximumTraversalDepth";
    var _MUDE = "MlUserDataEncryption";
    var _MUDEM = "MlUserDataEncryptionMode";
    var _MV = "MinValue";
    var _MVRTNRE = "MaterializedViewRefreshTaskNotRunningException";
    var _MVRTR = "MaterializedViewRefreshTaskRun";
    var _MVRTRE = "MaterializedViewRefreshTaskRunningException";
    var _MVRTRI = "MaterializedViewRefreshTaskRunId";
    var _MVRTRL = "MaterializedViewRefreshTaskRunsList";
    var _MVRTRa = "MaterializedViewRefreshTaskRuns";
    var _MVRTSE = "MaterializedViewRefreshTaskStoppingException";
    var _MVa = "MaxValue";
    var _MVas = "MaskValue";
    var _MVax = "MaximumValue";
    var _MVe = "MetadataValue";
    var _MVet = "MetricValues";
    var _MVi = "MinimumValue";
    var _MW = "MissingWorkflows";
    var _MWM = "MergeWhenMatched";
    var _MWN = "ManagedWorkgroupName";
    var _MWNM = "MergeWhenNotMatched";
    var _MWS = "ManagedWorkgroupStatus";
    var _MWa = "MaintenanceWindow";
    var _Ma = "Mapping";
    var _Map = "Mappings";
    var _Mar = "Marker";
    var _Me = "Merge";
    var _Mo = "Model";
    var _Mu = "Multiline";
    var _N = "Name";
    var _NCBL = "NullCheckBoxList";
    var _NDA = "NotifyDelayAfter";
    var _NDT = "NativeDataType";
    var _NFN = "NumFalseNegatives";
    var _NFP = "NumFalsePositives";
    var _NI = "NodeIds";
    var _NL = "NodeList";
    var _NLCTE = "NumLeftCharsToExclude";
    var _NO = "NullOrder";
    var _NOA = "NonOverridableArguments";
    var _NOB = "NumberOfBuckets";
    var _NOBC = "NumberOfBytesCompacted";
    var _NOD = "NumberOfDpus";
    var _NODFD = "NumberOfDataFilesDeleted";
    var _NODV = "NumberOfDistinctValues";
    var _NOF = "NumberOfFalses";
    var _NOFC = "NumberOfFilesCompacted";
    var _NOMFD = "NumberOfManifestFilesDeleted";
    var _NOMLD = "NumberOfManifestListsDeleted";
    var _NON = "NumberOfNulls";
    var _NONu = "NumberOfNodes";
    var _NOOFD = "NumberOfOrphanFilesDeleted";
    var _NOT = "NumberOfTrues";
    var _NOW = "NumberOfWorkers";
    var _NP = "NotificationProperty";
    var _NPe = "NextPage";
    var _NPu = "NumPartitions";
    var _NR = "NumRetries";
    var _NRCTE = "NumRightCharsToExclude";
    var _NRe = "NewRules";
    var _NRu = "NumberRows";
    var _NSE = "NoScheduleException";
    var _NSV = "NextSchemaVersion";
    var _NT = "NodeType";
    var _NTL = "NullTextList";
    var _NTN = "NumTrueNegatives";
    var _NTP = "NumTruePositives";
    var _NTPu = "NumberTargetPartitions";
    var _NTe = "NextToken";
    var _NVF = "NullValueField";
    var _NVFu = "NullValueFields";
    var _Na = "Names";
    var _Ne = "Negated";
    var _No = "Node";
    var _Nod = "Nodes";
    var _O = "Observations";
    var _OAC = "OAuth2Credentials";
    var _OACA = "OAuth2ClientApplication";
    var _OAF = "OrAnyFilters";
    var _OAGT = "OAuth2GrantType";
    var _OAP = "OAuth2Properties";
    var _OAPI = "OAuth2PropertiesInput";
    var _OB = "OrderBy";
    var _OC = "OffsetConfiguration";
    var _OCN = "OutputColumnName";
    var _OCRPWD = "OverwriteChildResourcePermissionsWithDefault";
    var _OE = "ObservationsEnabled";
    var _OF = "OutputFormat";
    var _OFD = "OrphanFileDeletion";
    var _OFDC = "OrphanFileDeletionConfiguration";
    var _OFDM = "OrphanFileDeletionMetrics";
    var _OI = "OrderId";
    var _OL = "OptionList";
    var _OLr = "OrderList";
    var _OM = "ObservationMode";
    var _OMVL = "OtherMetadataValueList";
    var _OMVLI = "OtherMetadataValueListItem";
    var _OMp = "OperatorMappings";
    var _ON = "OwnerName";
    var _ONSE = "OperationNotSupportedException";
    var _OP = "OffsetParameter";
    var _OPp = "OptimizePerformance";
    var _OR = "ObservationResults";
    var _ORO = "ObservationResultsOptions";
    var _OS = "OutputSchemas";
    var _OSP = "OutputS3Path";
    var _OSQLCS = "OracleSQLCatalogSource";
    var _OSQLCT = "OracleSQLCatalogTarget";
    var _OSb = "ObservationScope";
    var _OT = "OwnerType";
    var _OTE = "OperationTimeoutException";
    var _OTFI = "OpenTableFormatInput";
    var _Op = "Operation";
    var _Ope = "Operator";
    var _Opt = "Option";
    var _Or = "Order";
    var _Ou = "Output";
    var _Ow = "Owner";
    var _P = "Password";
    var _PA = "PreAction";
    var _PAR = "PutAssetRequest";
    var _PARu = "PutAssetResponse";
    var _PARut = "PutAttachmentRequest";
    var _PARutt = "PutAttachmentResponse";
    var _PAT = "PutAssetType";
    var _PATR = "PutAssetTypeRequest";
    var _PATRu = "PutAssetTypeResponse";
    var _PAo = "PostAction";
    var _PAr = "PrivateAddress";
    var _PAu = "PublishedAfter";
    var _PAub = "PublicAddress";
    var _PAut = "PutAsset";
    var _PAutt = "PutAttachment";
    var _PB = "PublishedBefore";
    var _PBr = "ProcessedBytes";
    var _PC = "PartitionColumn";
    var _PCI = "ParentCatalogId";
    var _PCP = "PythonConnectionProperties";
    var _PCPR = "PhysicalConnectionPropertiesRequired";
    var _PCR = "PhysicalConnectionRequirements";
    var _PCa = "PaginationConfiguration";
    var _PCar = "PartitionCount";
    var _PCr = "ProfileConfiguration";
    var _PDCEC = "PutDataCatalogExportConfiguration";
    var _PDCECI = "PutDataCatalogExportConfigurationInput";
    var _PDCECO = "PutDataCatalogExportConfigurationOutput";
    var _PDCES = "PutDataCatalogEncryptionSettings";
    var _PDCESR = "PutDataCatalogEncryptionSettingsRequest";
    var _PDCESRu = "PutDataCatalogEncryptionSettingsResponse";
    var _PDQPA = "PutDataQualityProfileAnnotation";
    var _PDQPAR = "PutDataQualityProfileAnnotationRequest";
    var _PDQPARu = "PutDataQualityProfileAnnotationResponse";
    var _PDQRV = "PublishDataQualityResultV2";
    var _PDQRVR = "PublishDataQualityResultV2Request";
    var _PDQRVRu = "PublishDataQualityResultV2Response";
    var _PE = "PitrEnabled";
    var _PEC = "PolicyExistsCondition";
    var _PEN = "ParentEntityName";
    var _PEa = "PartitionError";
    var _PEar = "PartitionErrors";
    var _PF = "ParentField";
    var _PFT = "PutFormType";
    var _PFTR = "PutFormTypeRequest";
    var _PFTRu = "PutFormTypeResponse";
    var _PH = "PolicyHash";
    var _PHC = "PolicyHashCondition";
    var _PI = "ProfileId";
    var _PID = "PartitionIndexDescriptor";
    var _PIDL = "PartitionIndexDescriptorList";
    var _PIID = "PIIDetection";
    var _PIJ = "PolicyInJson";
    var _PIL = "PartitionInputList";
    var _PILa = "PartitionIndexList";
    var _PIa = "PartitionInput";
    var _PIar = "PartitionIndex";
    var _PIart = "PartitionIndexes";
    var _PIr = "PredecessorsIncluded";
    var _PK = "PartitionKeys";
    var _PKCN = "PrimaryKeyColumnName";
    var _PKr = "PrimaryKeys";
    var _PKri = "PrimaryKey";
    var _PKu = "PublicKey";
    var _PKub = "PublicKeys";
    var _PL = "PropertyLocation";
    var _PLa = "PartitionList";
    var _PLr = "PredecessorList";
    var _PM = "PropertiesMap";
    var _PN = "ProfileName";
    var _PO = "PublishingOptions";
    var _PP = "PartitionPredicate";
    var _PPL = "PrincipalPermissionsList";
    var _PPQ = "PreProcessingQuery";
    var _PPr = "PrincipalPermissions";
    var _PPro = "PropertyPredicate";
    var _PPy = "PythonProperties";
    var _PR = "ProfilingResults";
    var _PRA = "ParentResourceArn";
    var _PRI = "PreviousRunId";
    var _PRO = "ProfilingResultsOptions";
    var _PRP = "PutResourcePolicy";
    var _PRPR = "PutResourcePolicyRequest";
    var _PRPRu = "PutResourcePolicyResponse";
    var _PRT = "PrecisionRecallTradeoff";
    var _PRa = "PauseRuns";
    var _PRr = "PredecessorRuns";
    var _PS = "ParameterSpec";
    var _PSQLCS = "PostgreSQLCatalogSource";
    var _PSQLCT = "PostgreSQLCatalogTarget";
    var _PSVM = "PutSchemaVersionMetadata";
    var _PSVMI = "PutSchemaVersionMetadataInput";
    var _PSVMR = "PutSchemaVersionMetadataResponse";
    var _PSa = "PartitionSpec";
    var _PSar = "PartitionSpecs";
    var _PSy = "PythonScript";
    var _PT = "PropertyType";
    var _PTD = "PartitionsToDelete";
    var _PTG = "PartitionsToGet";
    var _PTM = "PollTimeoutMs";
    var _PTME = "PermissionTypeMismatchException";
    var _PTi = "PiiType";
    var _PTo = "PollingTime";
    var _PTr = "PropertyTypes";
    var _PV = "PartitionValues";
    var _PVL = "PartitionValueList";
    var _PVr = "PredictedValue";
    var _PVy = "PythonVersion";
    var _PWRP = "PutWorkflowRunProperties";
    var _PWRPR = "PutWorkflowRunPropertiesRequest";
    var _PWRPRu = "PutWorkflowRunPropertiesResponse";
    var _Pa = "Partitions";
    var _Par = "Parameters";
    var _Para = "Param";
    var _Part = "Partition";
    var _Pat = "Paths";
    var _Path = "Path";
    var _Patt = "Pattern";
    var _Pe = "Permissions";
    var _Pr = "Prompt";
    var _Pre = "Predicate";
    var _Prec = "Precision";
    var _Pred = "Predecessor";
    var _Pri = "Principal";
    var _Pro = "Properties";
    var _Prob = "Prob";
    var _Prof = "Profiles";
    var _Prog = "Progress";
    var _Prop = "Property";
    var _Prov = "Provider";
    var _Q = "Query";
    var _QAI = "QueryAuthorizationId";
    var _QAOT = "QueryAsOfTime";
    var _QC = "QuoteCharacter";
    var _QCu = "QuoteChar";
    var _QI = "QueryId";
    var _QPN = "QueryParameterName";
    var _QS = "QuoteSymbol";
    var _QSC = "QuerySessionContext";
    var _QST = "QueryStartTime";
    var _QSV = "QuoteStringValues";
    var _QSVM = "QuerySchemaVersionMetadata";
    var _QSVMI = "QuerySchemaVersionMetadataInput";
    var _QSVMR = "QuerySchemaVersionMetadataResponse";
    var _R = "Record";
    var _RA = "RoleArn";
    var _RAL = "ReplaceAllLabels";
    var _RAe = "ResourceArn";
    var _RAec = "RecipeAction";
    var _RAeci = "RecipeArn";
    var _RAeco = "RecordedAfter";
    var _RAeg = "RegistryArn";
    var _RAu = "RunningActions";
    var _RB = "RecrawlBehavior";
    var _RBe = "RequestedBy";
    var _RBec = "RecordedBefore";
    var _RC = "RequestedColumns";
    var _RCPE = "ReturnConnectionPasswordEncrypted";
    var _RCS = "RelationalCatalogSource";
    var _RCT = "RegisterConnectionType";
    var _RCTR = "RegisterConnectionTypeRequest";
    var _RCTRe = "RegisterConnectionTypeResponse";
    var _RCe = "RestConfiguration";
    var _RCed = "RedactChar";
    var _RCeq = "RequestedChange";
    var _RCes = "ResponseConfiguration";
    var _RCet = "RetentionConfiguration";
    var _RCu = "RuleCount";
    var _RCun = "RunConfiguration";
    var _RD = "ReferencedDatasets";
    var _RDF = "ResponseDateFormat";
    var _RDN = "RedshiftDatabaseName";
    var _REM = "RollbackErrorMessage";
    var _REMe = "ResponseExtractionMapping";
    var _RERI = "RulesetEvaluationRunId";
    var _RF = "RenameField";
    var _RFE = "RowFilterExpression";
    var _RFo = "RowFilter";
    var _RI = "ResultIds";
    var _RIM = "RetryIntervalMs";
    var _RIe = "RegistryId";
    var _RIef = "RefreshInterval";
    var _RIes = "ResultId";
    var _RIeso = "ResourceId";
    var _RIu = "RunIds";
    var _RIun = "RunId";
    var _RIund = "RunIdentifier";
    var _RJB = "ResetJobBookmark";
    var _RJBR = "ResetJobBookmarkRequest";
    var _RJBRe = "ResetJobBookmarkResponse";
    var _RLD = "RegistryListDefinition";
    var _RLI = "RegistryListItem";
    var _RLR = "RowLevelResults";
    var _RLRO = "RowLevelResultsOptions";
    var _RLSP = "RLSProperties";
    var _RM = "RequestMethod";
    var _RMM = "RuleMetricsMap";
    var _RMe = "RecommendationMode";
    var _RMet = "RetentionMetrics";
    var _RMu = "RuleMetrics";
    var _RMun = "RunMetrics";
    var _RN = "RulesetName";
    var _RNF = "ResultsNotFound";
    var _RNFE = "ResourceNotFoundException";
    var _RNFu = "RunsNotFound";
    var _RNLEE = "ResourceNumberLimitExceededException";
    var _RNRE = "ResourceNotReadyException";
    var _RNe = "RegistryName";
    var _RNep = "RepositoryName";
    var _RNu = "RulesetNames";
    var _RO = "RequestOrigin";
    var _ROe = "RecordedOn";
    var _ROep = "RepositoryOwner";
    var _RP = "RecrawlPolicy";
    var _RPA = "ResourcePropertyArn";
    var _RPE = "ResultsPublishingEnabled";
    var _RPL = "RecordPollingLimit";
    var _RPO = "ResultPublishedOn";
    var _RPe = "ResultPath";
    var _RPeq = "RequestPath";
    var _RPequ = "RequestParameters";
    var _RPu = "RunProperties";
    var _RR = "RuleResults";
    var _RRA = "RootResourceArn";
    var _RRI = "RecommendationRunId";
    var _RRe = "RecommendedRuleset";
    var _RRec = "RecipeReference";
    var _RS = "RedshiftSource";
    var _RSN = "RoleSessionName";
    var _RSP = "ResultsS3Prefix";
    var _RSR = "RunStatementRequest";
    var _RSRu = "RunStatementResponse";
    var _RST = "ResourceShareType";
    var _RSV = "RegisterSchemaVersion";
    var _RSVI = "RegisterSchemaVersionInput";
    var _RSVM = "RemoveSchemaVersionMetadata";
    var _RSVMI = "RemoveSchemaVersionMetadataInput";
    var _RSVMR = "RemoveSchemaVersionMetadataResponse";
    var _RSVR = "RegisterSchemaVersionResponse";
    var _RSe = "RegexString";
    var _RSec = "RecipeSteps";
    var _RSeci = "RecipeStep";
    var _RSef = "RefreshSeconds";
    var _RSu = "RunStatement";
    var _RT = "RefreshToken";
    var _RTD = "RedshiftTmpDir";
    var _RTe = "RedshiftTarget";
    var _RTed = "RedactText";
    var _RTef = "RefreshType";
    var _RTeq = "RequestTime";
    var _RTes = "ResourceType";
    var _RTesu = "ResultType";
    var _RTo = "RowTag";
    var _RU = "RedirectUri";
    var _RUF = "RecordUpdateField";
    var _RUL = "ResourceUriList";
    var _RUe = "ResourceUri";
    var _RUes = "ResourceUris";
    var _RV = "RecipeVersion";
    var _RWR = "ResumeWorkflowRun";
    var _RWRR = "ResumeWorkflowRunRequest";
    var _RWRRe = "ResumeWorkflowRunResponse";
    var _Re = "Results";
    var _Rec = "Recipe";
    var _Reca = "Recall";
    var _Reco = "Records";
    var _Recu = "Recursive";
    var _Recur = "Recurse";
    var _Reg = "Region";
    var _Regi = "Registries";
    var _Rep = "Replace";
    var _Repo = "Repository";
    var _Repr = "Representations";
    var _Req = "Required";
    var _Res = "Result";
    var _Ret = "Retention";
    var _Ro = "Route";
    var _Rol = "Role";
    var _Ru = "Runs";
    var _Rul = "Ruleset";
    var _Rule = "Rulesets";
    var _Run = "Run";
    var _Runt = "Runtime";
    var _S = "Schema";
    var _SA = "SecretArn";
    var _SAF = "SearchAttributeFilter";
    var _SAI = "SearchAssetsInput";
    var _SAKKI = "SseAwsKmsKeyId";
    var _SAO = "SearchAssetsOutput";
    var _SASD = "StoredAsSubDirectories";
    var _SAT = "SupportedAuthenticationTypes";
    var _SAc = "SchemaArn";
    var _SAca = "ScanAll";
    var _SAe = "SearchAssets";
    var _SAk = "SkipArchive";
    var _SAo = "SourceArn";
    var _SAq = "SqlAliases";
    var _SAql = "SqlAlias";
    var _SAs = "SseAlgorithm";
    var _SAt = "StartAt";
    var _SAta = "StartedAfter";
    var _SAtat = "StatisticAnnotation";
    var _SAto = "StoppedActions";
    var _SAtr = "StreamArn";
    var _SAu = "SucceededActions";
    var _SB = "StartedBefore";
    var _SBE = "SessionBusyException";
    var _SBR = "StartBlueprintRun";
    var _SBRR = "StartBlueprintRunRequest";
    var _SBRRt = "StartBlueprintRunResponse";
    var _SC = "SecurityConfiguration";
    var _SCD = "SourceControlDetails";
    var _SCDS = "S3CatalogDeltaSource";
    var _SCE = "SupportedComputeEnvironments";
    var _SCHS = "S3CatalogHudiSource";
    var _SCIS = "S3CatalogIcebergSource";
    var _SCL = "SecurityConfigurationList";
    var _SCN = "SkewedColumnNames";
    var _SCP = "SchemaChangePolicy";
    var _SCPp = "SparkConnectionProperties";
    var _SCR = "StartCrawlerRequest";
    var _SCRt = "StartCrawlerResponse";
    var _SCRto = "StopCrawlerRequest";
    var _SCRtop = "StopCrawlerResponse";
    var _SCS = "SparkConnectorSource";
    var _SCSD = "StringColumnStatisticsData";
    var _SCSR = "StartCrawlerScheduleRequest";
    var _SCSRt = "StartCrawlerScheduleResponse";
    var _SCSRto = "StopCrawlerScheduleRequest";
    var _SCSRtop = "StopCrawlerScheduleResponse";
    var _SCSTR = "StartColumnStatisticsTaskRun";
    var _SCSTRR = "StartColumnStatisticsTaskRunRequest";
    var _SCSTRRt = "StartColumnStatisticsTaskRunResponse";
    var _SCSTRRto = "StopColumnStatisticsTaskRunRequest";
    var _SCSTRRtop = "StopColumnStatisticsTaskRunResponse";
    var _SCSTRS = "StartColumnStatisticsTaskRunSchedule";
    var _SCSTRSR = "StartColumnStatisticsTaskRunScheduleRequest";
    var _SCSTRSRt = "StartColumnStatisticsTaskRunScheduleResponse";
    var _SCSTRSRto = "StopColumnStatisticsTaskRunScheduleRequest";
    var _SCSTRSRtop = "StopColumnStatisticsTaskRunScheduleResponse";
    var _SCSTRSt = "StopColumnStatisticsTaskRunSchedule";
    var _SCSTRt = "StopColumnStatisticsTaskRun";
    var _SCSa = "S3CatalogSource";
    var _SCSs = "S3CsvSource";
    var _SCSt = "StartCrawlerSchedule";
    var _SCSto = "StopCrawlerSchedule";
    var _SCT = "SparkConnectorTarget";
    var _SCTa = "S3CatalogTarget";
    var _SCV = "SkewedColumnValues";
    var _SCVLM = "SkewedColumnValueLocationMaps";
    var _SC_ = "SPARK_CONNECT";
    var _SCc = "SchemaCheckpoint";
    var _SCca = "ScalaCode";
    var _SCch = "SchemaColumn";
    var _SCe = "SelectedColumns";
    var _SCec = "SecurityConfigurations";
    var _SCes = "SessionConfiguration";
    var _SCess = "SessionCommand";
    var _SCo = "SourceConfiguration";
    var _SCor = "SortCriteria";
    var _SCort = "SortCriterion";
    var _SCorto = "SortColumns";
    var _SCp = "SparkConnect";
    var _SCt = "StartCrawler";
    var _SCto = "StopCrawler";
    var _SD = "SchemaDefinition";
    var _SDCT = "S3DeltaCatalogTarget";
    var _SDDT = "S3DeltaDirectTarget";
    var _SDI = "SerDeInfo";
    var _SDO = "SupportedDataOperations";
    var _SDPO = "StreamingDataPreviewOptions";
    var _SDQRER = "StartDataQualityRulesetEvaluationRun";
    var _SDQRERR = "StartDataQualityRulesetEvaluationRunRequest";
    var _SDQRERRt = "StartDataQualityRulesetEvaluationRunResponse";
    var _SDQRRR = "StartDataQualityRuleRecommendationRun";
    var _SDQRRRR = "StartDataQualityRuleRecommendationRunRequest";
    var _SDQRRRRt = "StartDataQualityRuleRecommendationRunResponse";
    var _SDS = "S3DeltaSource";
    var _SDSAO = "S3DirectSourceAdditionalOptions";
    var _SDT = "S3DirectTarget";
    var _SDTc = "SchemaDiffType";
    var _SDh = "ShortDescription";
    var _SDo = "SortDirection";
    var _SDt = "StatisticsData";
    var _SDta = "StateDetail";
    var _SDtat = "StatusDetails";
    var _SDto = "StorageDescriptor";
    var _SDu = "SupportedDialect";
    var _SE = "StillEstimating";
    var _SEBC = "StartingEventBatchCondition";
    var _SEL = "S3EncryptionList";
    var _SELTR = "StartExportLabelsTaskRun";
    var _SELTRR = "StartExportLabelsTaskRunRequest";
    var _SELTRRt = "StartExportLabelsTaskRunResponse";
    var _SEM = "S3EncryptionMode";
    var _SES = "S3ExcelSource";
    var _SEc = "ScheduleExpression";
    var _SEe = "SessionEndpoint";
    var _SEn = "S3Encryption";
    var _SF = "SelectFields";
    var _SFC = "SelectFromCollection";
    var _SFCL = "SearchFilterClauseList";
    var _SFCe = "SearchFilterClause";
    var _SFO = "SupportedFilterOperators";
    var _SFV = "SearchFilterValue";
    var _SFa = "SampleFraction";
    var _SFe = "SelectedFields";
    var _SFk = "SkipFirst";
    var _SFki = "SkipFooter";
    var _SFp = "SplitFields";
    var _SGI = "SecurityGroupIds";
    var _SGIL = "SecurityGroupIdList";
    var _SGPT = "S3GlueParquetTarget";
    var _SHCT = "S3HudiCatalogTarget";
    var _SHDT = "S3HudiDirectTarget";
    var _SHDTy = "S3HyperDirectTarget";
    var _SHS = "S3HudiSource";
    var _SI = "StatisticId";
    var _SICT = "S3IcebergCatalogTarget";
    var _SIDT = "S3IcebergDirectTarget";
    var _SILTR = "StartImportLabelsTaskRun";
    var _SILTRR = "StartImportLabelsTaskRunRequest";
    var _SILTRRt = "StartImportLabelsTaskRunResponse";
    var _SIc = "SchemaId";
    var _SIe = "SessionId";
    var _SIer = "SerdeInfo";
    var _SIk = "SkewedInfo";
    var _SIo = "SourceId";
    var _SIp = "SpecId";
    var _SIu = "SubnetId";
    var _SJOFO = "StopJobOnFailureOptions";
    var _SJOFT = "StopJobOnFailureTiming";
    var _SJR = "StartJobRun";
    var _SJRR = "StartJobRunRequest";
    var _SJRRt = "StartJobRunResponse";
    var _SJS = "S3JsonSource";
    var _SJUA = "StartJobUpgradeAnalysis";
    var _SJUAR = "StartJobUpgradeAnalysisRequest";
    var _SJUARt = "StartJobUpgradeAnalysisResponse";
    var _SJUARto = "StopJobUpgradeAnalysisRequest";
    var _SJUARtop = "StopJobUpgradeAnalysisResponse";
    var _SJUAt = "StopJobUpgradeAnalysis";
    var _SL = "S3Location";
    var _SLD = "SchemaListDefinition";
    var _SLI = "SchemaListItem";
    var _SLU = "SystemLogsUrl";
    var _SLc = "ScriptLocation";
    var _SLe = "SerializationLibrary";
    var _SLes = "SessionList";
    var _SLt = "StatementList";
    var _SM = "StatusMessage";
    var _SMF = "SearchMapFilter";
    var _SMFV = "SearchMapFilterValue";
    var _SMLETR = "StartMLEvaluationTaskRun";
    var _SMLETRR = "StartMLEvaluationTaskRunRequest";
    var _SMLETRRt = "StartMLEvaluationTaskRunResponse";
    var _SMLLSGTR = "StartMLLabelingSetGenerationTaskRun";
    var _SMLLSGTRR = "StartMLLabelingSetGenerationTaskRunRequest";
    var _SMLLSGTRRt = "StartMLLabelingSetGenerationTaskRunResponse";
    var _SMR = "StatisticModelResult";
    var _SMRt = "StatisticModelResults";
    var _SMVRTR = "StartMaterializedViewRefreshTaskRun";
    var _SMVRTRR = "StartMaterializedViewRefreshTaskRunRequest";
    var _SMVRTRRt = "StartMaterializedViewRefreshTaskRunResponse";
    var _SMVRTRRto = "StopMaterializedViewRefreshTaskRunRequest";
    var _SMVRTRRtop = "StopMaterializedViewRefreshTaskRunResponse";
    var _SMVRTRt = "StopMaterializedViewRefreshTaskRun";
    var _SN = "SchemaName";
    var _SND = "SnowflakeNodeData";
    var _SNRE = "SchedulerNotRunningException";
    var _SNe = "SegmentNumber";
    var _SNt = "StreamName";
    var _SNta = "StatisticName";
    var _SO = "StartedOn";
    var _SOC = "StartOnCreation";
    var _SOD = "StatementOutputData";
    var _SOS = "SubObjectStatistics";
    var _SOSL = "SubObjectsStatisticsList";
    var _SOSu = "SubObjectsStatistics";
    var _SOVI = "SubObjectVersionIds";
    var _SOo = "SortOrders";
    var _SOor = "SortOrder";
    var _SOt = "StreamingOptions";
    var _SOta = "StartingOffsets";
    var _SOtat = "StatementOutput";
    var _SOu = "SubObjects";
    var _SP = "SparkProperties";
    var _SPI = "SparkPipelineInfo";
    var _SPM = "StatisticPropertiesMap";
    var _SPP = "SourceProcessingProperties";
    var _SPPe = "SearchPropertyPredicates";
    var _SPS = "S3ParquetSource";
    var _SPT = "SupportedPermissionTypes";
    var _SPa = "SamplePath";
    var _SPe = "SecurityProtocol";
    var _SPo = "SourceProperties";
    var _SPou = "SourcePath";
    var _SPt = "StartingPosition";
    var _SPta = "StatisticProperties";
    var _SPu = "SubscribePattern";
    var _SQ = "SampleQuery";
    var _SQq = "SqlQuery";
    var _SQt = "StripQuotes";
    var _SR = "StatusReason";
    var _SRE = "SchedulerRunningException";
    var _SRI = "SearchResultItem";
    var _SRIL = "SearchResultItemList";
    var _SRO = "StatisticRecordedOn";
    var _SRc = "SchemaReference";
    var _SS = "SensitiveString";
    var _SSAO = "S3SourceAdditionalOptions";
    var _SSL = "StatisticSummaryList";
    var _SSQL = "SparkSQL";
    var _SSR = "StopSessionRequest";
    var _SSRt = "StopSessionResponse";
    var _SSVN = "SecondSchemaVersionNumber";
    var _SSa = "SampleSize";
    var _SSc = "SchemaStatus";
    var _SSe = "SettingSource";
    var _SSea = "SearchSort";
    var _SSn = "SnowflakeSource";
    var _SSt = "StatisticSummary";
    var _SSto = "StopSession";
    var _SSu = "SuccessfulSubmissions";
    var _ST = "SourceType";
    var _STBA = "S3TableBucketArn";
    var _STC = "SourceTableConfig";
    var _STE = "SchedulerTransitioningException";
    var _STL = "S3TargetList";
    var _STR = "SearchTablesRequest";
    var _STRe = "SearchTablesResponse";
    var _STRt = "StartTriggerRequest";
    var _STRta = "StartTriggerResponse";
    var _STRto = "StopTriggerRequest";
    var _STRtop = "StopTriggerResponse";
    var _STa = "S3Targets";
    var _STar = "S3Target";
    var _STc = "ScheduleType";
    var _STe = "SessionType";
    var _STea = "SearchText";
    var _STear = "SearchTables";
    var _STn = "SnowflakeTarget";
    var _STo = "SourceTable";
    var _STt = "StagingTable";
    var _STta = "StartTime";
    var _STtar = "StartingTimestamp";
    var _STtart = "StartTrigger";
    var _STto = "StopTrigger";
    var _SU = "SensitiveUrl";
    var _SV = "SourceVersion";
    var _SVE = "SchemaVersionErrors";
    var _SVEI = "SchemaVersionErrorItem";
    var _SVEL = "SchemaVersionErrorList";
    var _SVI = "SchemaVersionId";
    var _SVL = "SchemaVersionList";
    var _SVLI = "SchemaVersionListItem";
    var _SVN = "SchemaVersionNumber";
    var _SVS = "SchemaVersionStatus";
    var _SVp = "SparkVersion";
    var _SVt = "StringValue";
    var _SVu = "SupportedValues";
    var _SWR = "StartWorkflowRun";
    var _SWRR = "StartWorkflowRunRequest";
    var _SWRRt = "StartWorkflowRunResponse";
    var _SWRRto = "StopWorkflowRunRequest";
    var _SWRRtop = "StopWorkflowRunResponse";
    var _SWRt = "StopWorkflowRun";
    var _S_ = "S3";
    var _Sc = "Scope";
    var _Sca = "Scale";
    var _Sch = "Schedule";
    var _Sche = "Schemas";
    var _Sco = "Scopes";
    var _Scor = "Score";
    var _Se = "Serde";
    var _Seg = "Segment";
    var _Sep = "Separator";
    var _Ses = "Session";
    var _Sess = "Sessions";
    var _Si = "Sinks";
    var _So = "Source";
    var _Sor = "Sort";
    var _Sp = "Spigot";
    var _St = "Status";
    var _Sta = "State";
    var _Stat = "Statement";
    var _State = "Statements";
    var _Stati = "Statistics";
    var _Su = "Succeeded";
    var _Sum = "Summary";
    var _T = "Timeout";
    var _TA = "TargetArn";
    var _TAi = "TimeoutActions";
    var _TAo = "TotalActions";
    var _TC = "TargetColumn";
    var _TCI = "TestConnectionInput";
    var _TCP = "TransformConfigParameter";
    var _TCPL = "TransformConfigParameterList";
    var _TCR = "TestConnectionRequest";
    var _TCRe = "TestConnectionResponse";
    var _TCa = "TablesCreated";
    var _TCe = "TestConnection";
    var _TD = "TempDir";
    var _TDIAMR = "TmpDirIAMRole";
    var _TDa = "TablesDeleted";
    var _TDar = "TargetDatabase";
    var _TDr = "TriggerDetails";
    var _TE = "ThrottlingException";
    var _TEa = "TableError";
    var _TEab = "TableErrors";
    var _TEr = "TransformEncryption";
    var _TF = "TimestampFilter";
    var _TFB = "TotalFileBytes";
    var _TFC = "TransformFilterCriteria";
    var _TFh = "ThresholdFraction";
    var _TI = "TransactionId";
    var _TIA = "TimestampedInclusionAnnotation";
    var _TIa = "TableInput";
    var _TIab = "TableIdentifier";
    var _TIr = "TransformId";
    var _TIra = "TransformIds";
    var _TK = "ToKey";
    var _TL = "TableList";
    var _TLS = "TimeLeftSeconds";
    var _TLa = "TableLocation";
    var _TLr = "TransformList";
    var _TLri = "TriggerList";
    var _TN = "TableName";
    var _TND = "TriggerNodeDetails";
    var _TNF = "TriggersNotFound";
    var _TNP = "TableNamePattern";
    var _TNa = "TargetNamespace";
    var _TNo = "TopicName";
    var _TNr = "TriggerNames";
    var _TNra = "TransformName";
    var _TNri = "TriggerName";
    var _TO = "TableOptimizers";
    var _TOC = "TableOptimizerConfiguration";
    var _TOR = "TableOptimizerRuns";
    var _TORa = "TableOptimizerRun";
    var _TOVC = "TableOptimizerVpcConfiguration";
    var _TOa = "TableOptimizer";
    var _TP = "TablePrefix";
    var _TPP = "TargetProcessingProperties";
    var _TPa = "TargetParameter";
    var _TPar = "TargetPath";
    var _TPe = "TextPlain";
    var _TPr = "TransformParameters";
    var _TR = "TaskRuns";
    var _TRC = "TargetRedshiftCatalog";
    var _TRF = "TotalRowsFailed";
    var _TRFC = "TaskRunFilterCriteria";
    var _TRFo = "TotalRulesFailed";
    var _TRI = "TaskRunId";
    var _TRL = "TaskRunList";
    var _TRNF = "TargetResourceNotFound";
    var _TRP = "TotalRowsProcessed";
    var _TRPa = "TaskRunProperties";
    var _TRPo = "TotalRowsPassed";
    var _TRPot = "TotalRulesProcessed";
    var _TRPota = "TotalRulesPassed";
    var _TRR = "TagResourceRequest";
    var _TRRa = "TagResourceResponse";
    var _TRSC = "TaskRunSortCriteria";
    var _TRSCN = "TaskRunSecurityConfigurationName";
    var _TRT = "TaskRunType";
    var _TRa = "TaskRun";
    var _TRag = "TagResource";
    var _TS = "TableSchema";
    var _TSC = "TransformSortCriteria";
    var _TSa = "TableStatus";
    var _TSo = "TotalSegments";
    var _TSr = "TransformSchema";
    var _TT = "TargetTable";
    var _TTA = "TagsToAdd";
    var _TTC = "TargetTableConfig";
    var _TTD = "TablesToDelete";
    var _TTN = "TargetTableName";
    var _TTR = "TagsToRemove";
    var _TTa = "TargetType";
    var _TTab = "TableType";
    var _TTas = "TaskType";
    var _TTo = "ToType";
    var _TTr = "TransformType";
    var _TU = "TokenUrl";
    var _TUP = "TokenUrlParameters";
    var _TUPM = "TokenUrlParametersMap";
    var _TUa = "TablesUpdated";
    var _TUab = "TableUuid";
    var _TUr = "TriggerUpdate";
    var _TV = "TargetVersion";
    var _TVE = "TableVersionError";
    var _TVEa = "TableVersionErrors";
    var _TVa = "TableVersion";
    var _TVab = "TableVersions";
    var _Ta = "Table";
    var _Tab = "Tables";
    var _Tag = "Tags";
    var _Tag_ = "Tag";
    var _Tar = "Target";
    var _Targ = "Targets";
    var _Te = "Template";
    var _Tel = "Telemetry";
    var _To = "Topk";
    var _Tr = "Triggers";
    var _Tra = "Transforms";
    var _Trac = "Traceback";
    var _Tran = "Transform";
    var _Tri = "Trigger";
    var _Ty = "Type";
    var _U = "Upsert";
    var _UA = "UpdatedAt";
    var _UAR = "UpdateAssetRequest";
    var _UARp = "UpdateAssetResponse";
    var _UAp = "UpdateAsset";
    var _UB = "UpdateBehavior";
    var _UBR = "UpdateBlueprintRequest";
    var _UBRp = "UpdateBlueprintResponse";
    var _UBSE = "UserBackgroundSessionsEnabled";
    var _UBp = "UpperBound";
    var _UBpd = "UpdatedBy";
    var _UBpda = "UpdateBlueprint";
    var _UC = "UpdateCatalog";
    var _UCCR = "UpdateCsvClassifierRequest";
    var _UCR = "UpdateCatalogRequest";
    var _UCRp = "UpdateCatalogResponse";
    var _UCRpd = "UpdateClassifierRequest";
    var _UCRpda = "UpdateClassifierResponse";
    var _UCRpdat = "UpdateConnectionRequest";
    var _UCRpdate = "UpdateConnectionResponse";
    var _UCRpdater = "UpdateCrawlerRequest";
    var _UCRpdatera = "UpdateCrawlerResponse";
    var _UCS = "UpdateCrawlerSchedule";
    var _UCSFP = "UpdateColumnStatisticsForPartition";
    var _UCSFPR = "UpdateColumnStatisticsForPartitionRequest";
    var _UCSFPRp = "UpdateColumnStatisticsForPartitionResponse";
    var _UCSFT = "UpdateColumnStatisticsForTable";
    var _UCSFTR = "UpdateColumnStatisticsForTableRequest";
    var _UCSFTRp = "UpdateColumnStatisticsForTableResponse";
    var _UCSL = "UpdateColumnStatisticsList";
    var _UCSR = "UpdateCrawlerScheduleRequest";
    var _UCSRp = "UpdateCrawlerScheduleResponse";
    var _UCSTS = "UpdateColumnStatisticsTaskSettings";
    var _UCSTSR = "UpdateColumnStatisticsTaskSettingsRequest";
    var _UCSTSRp = "UpdateColumnStatisticsTaskSettingsResponse";
    var _UCp = "UpdateClassifier";
    var _UCpd = "UpdateConnection";
    var _UCpda = "UpdateCrawler";
    var _UD = "UpdateDatabase";
    var _UDE = "UpdateDevEndpoint";
    var _UDER = "UpdateDevEndpointRequest";
    var _UDERp = "UpdateDevEndpointResponse";
    var _UDF = "UserDefinedFunction";
    var _UDFI = "UserDefinedFunctionInput";
    var _UDFL = "UserDefinedFunctionList";
    var _UDFs = "UserDefinedFunctions";
    var _UDQEC = "UpdateDataQualityEvaluationConfig";
    var _UDQECR = "UpdateDataQualityEvaluationConfigRequest";
    var _UDQECRp = "UpdateDataQualityEvaluationConfigResponse";
    var _UDQR = "UpdateDataQualityRuleset";
    var _UDQRR = "UpdateDataQualityRulesetRequest";
    var _UDQRRp = "UpdateDataQualityRulesetResponse";
    var _UDR = "UpdateDatabaseRequest";
    var _UDRp = "UpdateDatabaseResponse";
    var _UEL = "UpdateEtlLibraries";
    var _UG = "UpdateGlossary";
    var _UGCR = "UpdateGrokClassifierRequest";
    var _UGICC = "UpdateGlueIdentityCenterConfiguration";
    var _UGICCR = "UpdateGlueIdentityCenterConfigurationRequest";
    var _UGICCRp = "UpdateGlueIdentityCenterConfigurationResponse";
    var _UGR = "UpdateGlossaryRequest";
    var _UGRp = "UpdateGlossaryResponse";
    var _UGT = "UpdateGlossaryTerm";
    var _UGTR = "UpdateGlossaryTermRequest";
    var _UGTRp = "UpdateGlossaryTermResponse";
    var _UI = "UniqueId";
    var _UII = "UpdateIcebergInput";
    var _UIRP = "UpdateIntegrationResourceProperty";
    var _UIRPR = "UpdateIntegrationResourcePropertyRequest";
    var _UIRPRp = "UpdateIntegrationResourcePropertyResponse";
    var _UITI = "UpdateIcebergTableInput";
    var _UITP = "UpdateIntegrationTableProperties";
    var _UITPR = "UpdateIntegrationTablePropertiesRequest";
    var _UITPRp = "UpdateIntegrationTablePropertiesResponse";
    var _UJ = "UpdateJob";
    var _UJCR = "UpdateJsonClassifierRequest";
    var _UJFSC = "UpdateJobFromSourceControl";
    var _UJFSCR = "UpdateJobFromSourceControlRequest";
    var _UJFSCRp = "UpdateJobFromSourceControlResponse";
    var _UJR = "UpdateJobRequest";
    var _UJRp = "UpdateJobResponse";
    var _UK = "UnprocessedKeys";
    var _UKp = "UpsertKeys";
    var _UL = "UpperLimit";
    var _ULFC = "UseLakeFormationCredentials";
    var _UMCACI = "UserManagedClientApplicationClientId";
    var _UMCACS = "UserManagedClientApplicationClientSecret";
    var _UMLT = "UpdateMLTransform";
    var _UMLTR = "UpdateMLTransformRequest";
    var _UMLTRp = "UpdateMLTransformResponse";
    var _UOTFI = "UpdateOpenTableFormatInput";
    var _UP = "UnfilteredPartitions";
    var _UPD = "UsageProfileDefinition";
    var _UPDL = "UsageProfileDefinitionList";
    var _UPL = "UnfilteredPartitionList";
    var _UPR = "UpdatePartitionRequest";
    var _UPRp = "UpdatePartitionResponse";
    var _UPn = "UnfilteredPartition";
    var _UPp = "UpdatePartition";
    var _UR = "UntagResource";
    var _URI = "UpdateRegistryInput";
    var _URO = "UpsertRedshiftOptions";
    var _URR = "UntagResourceRequest";
    var _URRn = "UntagResourceResponse";
    var _URRp = "UpdateRegistryResponse";
    var _URTO = "UpsertRedshiftTargetOptions";
    var _URp = "UpdateRegistry";
    var _US = "UnnestSpec";
    var _USCFJ = "UpdateSourceControlFromJob";
    var _USCFJR = "UpdateSourceControlFromJobRequest";
    var _USCFJRp = "UpdateSourceControlFromJobResponse";
    var _USI = "UpdateSchemaInput";
    var _USR = "UpdateSchemaResponse";
    var _USp = "UpdateSchema";
    var _UT = "UpdateTime";
    var _UTO = "UpdateTableOptimizer";
    var _UTOR = "UpdateTableOptimizerRequest";
    var _UTORp = "UpdateTableOptimizerResponse";
    var _UTR = "UpdateTableRequest";
    var _UTRp = "UpdateTableResponse";
    var _UTRpd = "UpdateTriggerRequest";
    var _UTRpda = "UpdateTriggerResponse";
    var _UTn = "UnionType";
    var _UTp = "UpdatedTime";
    var _UTpd = "UpdateTable";
    var _UTpda = "UpdateTrigger";
    var _UUDF = "UpdateUserDefinedFunction";
    var _UUDFR = "UpdateUserDefinedFunctionRequest";
    var _UUDFRp = "UpdateUserDefinedFunctionResponse";
    var _UUP = "UpdateUsageProfile";
    var _UUPR = "UpdateUsageProfileRequest";
    var _UUPRp = "UpdateUsageProfileResponse";
    var _UV = "UnscaledValue";
    var _UW = "UpdateWorkflow";
    var _UWR = "UpdateWorkflowRequest";
    var _UWRp = "UpdateWorkflowResponse";
    var _UXMLCR = "UpdateXMLClassifierRequest";
    var _Un = "Union";
    var _Up = "Updates";
    var _Ur = "Url";
    var _Uri = "Uri";
    var _Us = "Username";
    var _V = "Value";
    var _VC = "ValidateCredentials";
    var _VCa = "ValidationConnection";
    var _VD = "ViewDefinition";
    var _VDI = "ViewDefinitionInput";
    var _VE = "ValidationException";
    var _VEC = "ValidationEndpointConfiguration";
    var _VET = "ViewExpandedText";
    var _VFCE = "ValidateForComputeEnvironments";
    var _VH = "VcpuHours";
    var _VI = "VersionIds";
    var _VIe = "VersionId";
    var _VIp = "VpcId";
    var _VM = "ValidationMessage";
    var _VME = "VersionMismatchException";
    var _VN = "VersionNumber";
    var _VOT = "ViewOriginalText";
    var _VR = "ValidationRule";
    var _VRI = "ViewRepresentationInput";
    var _VRIL = "ViewRepresentationInputList";
    var _VRL = "ViewRepresentationList";
    var _VRi = "ViewRepresentation";
    var _VUA = "ViewUpdateAction";
    var _VV = "ViewValidations";
    var _VVI = "ViewVersionId";
    var _VVL = "ViewValidationList";
    var _VVT = "ViewVersionToken";
    var _VVTi = "ViewValidationText";
    var _VVi = "ViewValidation";
    var _Va = "Valid";
    var _Val = "Values";
    var _Ve = "Vendor";
    var _Ver = "Version";
    var _Vers = "Versions";
    var _W = "Workflows";
    var _WA = "WaitingActions";
    var _WD = "WriteDefault";
    var _WDQRRE = "WriteDataQualityRuleResultsEnabled";
    var _WDRE = "WriteDistributionResultsEnabled";
    var _WG = "WorkflowGraph";
    var _WH = "WithHeader";
    var _WHr = "WriteHeader";
    var _WM = "WriteManifest";
    var _WN = "WorkflowName";
    var _WO = "WriteOrder";
    var _WORE = "WriteObservationResultsEnabled";
    var _WPRE = "WriteProfilingResultsEnabled";
    var _WR = "WorkflowRun";
    var _WRI = "WorkflowRunId";
    var _WRP = "WorkflowRunProperties";
    var _WRS = "WorkflowRunStatistics";
    var _WRo = "WorkflowRuns";
    var _WS = "WindowSize";
    var _WT = "WorkerType";
    var _Wo = "Workflow";
    var _XMLC = "XMLClassifier";
    var _YEA = "YarnEndpointAddress";
    var _ZRSIP = "ZeppelinRemoteSparkInterpreterPort";
    var _aI = "analysisId";
    var _aT = "analysisType";
    var _aUES = "autoUpgradeEvaluationSummary";
    var _aUESu = "autoUpgradeEligibilitySummary";
    var _c = "client";
    var _cC = "compactionConfiguration";
    var _cEF = "cleanExpiredFiles";
    var _cI = "catalogId";
    var _cM = "compactionMetrics";
    var _cS = "configurationSource";
    var _cSo = "compactionStrategy";
    var _co = "configuration";
    var _dFT = "deleteFileThreshold";
    var _dN = "databaseName";
    var _e = "error";
    var _eM = "errorMessage";
    var _eT = "eventType";
    var _eTn = "endTimestamp";
    var _en = "enabled";
    var _gCN = "glueConnectionName";
    var _gI = "glossaryIdentifier";
    var _h = "http";
    var _hE = "httpError";
    var _hQ = "httpQuery";
    var _iC = "icebergConfiguration";
    var _iFN = "iterableFormName";
    var _iI = "itemIdentifier";
    var _jN = "jobName";
    var _jNs = "jsonName";
    var _k = "key";
    var _l = "location";
    var _lR = "lastRun";
    var _m = "metrics";
    var _mIF = "minInputFiles";
    var _mR = "maxResults";
    var _nOSTR = "numberOfSnapshotsToRetain";
    var _nT = "nextToken";
    var _oFDC = "orphanFileDeletionConfiguration";
    var _oFDM = "orphanFileDeletionMetrics";
    var _oFRPID = "orphanFileRetentionPeriodInDays";
    var _rA = "roleArn";
    var _rC = "retentionConfiguration";
    var _rM = "retentionMetrics";
    var _rRIH = "runRateInHours";
    var _s = "smithy.ts.sdk.synthetic.com.amazonaws.glue";
    var _sA = "scanAll";
    var _sR = "scanRate";
    var _sRPID = "snapshotRetentionPeriodInDays";
    var _sT = "startTimestamp";
    var _sV = "sourceVersion";
    var _se = "server";
    var _st = "status";
    var _str = "strategy";
    var _t = "type";
    var _tN = "tableName";
    var _tO = "tableOptimizer";
    var _tV = "targetVersion";
    var _uC = "upgradeConsent";
    var _v = "value";
    var _vC = "vpcConfiguration";
    var n0 = "com.amazonaws.glue";
    var _s_registry = new TypeRegistry(_s);
    var GlueServiceException$ = [-3, _s, "GlueServiceException", 0, [], []];
    _s_registry.registerError(GlueServiceException$, GlueServiceException);
    var n0_registry = new TypeRegistry(n0);
    var AccessDeniedException$ = [
      -3,
      n0,
      _ADE,
      { [_e]: _c },
      [_M],
      [0]
    ];
    n0_registry.registerError(AccessDeniedException$, AccessDeniedException);
    var AlreadyExistsException$ = [
      -3,
      n0,
      _AEE,
      { [_e]: _c },
      [_M],
      [0]
    ];
    n0_registry.registerError(AlreadyExistsException$, AlreadyExistsException);
    var ColumnStatisticsTaskNotRunningException$ = [
      -3,
      n0,
      _CSTNRE,
      { [_e]: _c },
      [_M],
      [0]
    ];
    n0_registry.registerError(ColumnStatisticsTaskNotRunningException$, ColumnStatisticsTaskNotRunningException);
    var ColumnStatisticsTaskRunningException$ = [
      -3,
      n0,
      _CSTRE,
      { [_e]: _c },
      [_M],
      [0]
    ];
    n0_registry.registerError(ColumnStatisticsTaskRunningException$, ColumnStatisticsTaskRunningException);
    var ColumnStatisticsTaskStoppingException$ = [
      -3,
      n0,
      _CSTSE,
      { [_e]: _c },
      [_M],
      [0]
    ];
    n0_registry.registerError(ColumnStatisticsTaskStoppingException$, ColumnStatisticsTaskStoppingException);
    var ConcurrentModificationException$ = [
      -3,
      n0,
      _CME,
      { [_e]: _c },
      [_M],
      [0]
    ];
    n0_registry.registerError(ConcurrentModificationException$, ConcurrentModificationException);
    var ConcurrentRunsExceededException$ = [
      -3,
      n0,
      _CREE,
      { [_e]: _c },
      [_M],
      [0]
    ];
    n0_registry.registerError(ConcurrentRunsExceededException$, ConcurrentRunsExceededException);
    var ConditionCheckFailureException$ = [
      -3,
      n0,
      _CCFE,
      { [_e]: _c },
      [_M],
      [0]
    ];
    n0_registry.registerError(ConditionCheckFailureException$, ConditionCheckFailureException);
    var ConflictException$ = [
      -3,
      n0,
      _CE,
      { [_e]: _c },
      [_M],
      [0]
    ];
    n0_registry.registerError(ConflictException$, ConflictException);
    var CrawlerNotRunningException$ = [
      -3,
      n0,
      _CNRE,
      { [_e]: _c },
      [_M],
      [0]
    ];
    n0_registry.registerError(CrawlerNotRunningException$, CrawlerNotRunningException);
    var CrawlerRunningException$ = [
      -3,
      n0,
      _CRE,
      { [_e]: _c },
      [_M],
      [0]
    ];
    n0_registry.registerError(CrawlerRunningException$, CrawlerRunningException);
    var CrawlerStoppingException$ = [
      -3,
      n0,
      _CSE,
      { [_e]: _c },
      [_M],
      [0]
    ];
    n0_registry.registerError(CrawlerStoppingException$, CrawlerStoppingException);
    var EntityNotFoundException$ = [
      -3,
      n0,
      _ENFE,
      { [_e]: _c },
      [_M, _FFS],
      [0, 2]
    ];
    n0_registry.registerError(EntityNotFoundException$, EntityNotFoundException);
    var FederatedResourceAlreadyExistsException$ = [
      -3,
      n0,
      _FRAEE,
      { [_e]: _c },
      [_M, _AGR],
      [0, 0]
    ];
    n0_registry.registerError(FederatedResourceAlreadyExistsException$, FederatedResourceAlreadyExistsException);
    var FederationSourceException$ = [
      -3,
      n0,
      _FSE,
      { [_e]: _c },
      [_FSEC, _M],
      [0, 0]
    ];
    n0_registry.registerError(FederationSourceException$, FederationSourceException);
    var FederationSourceRetryableException$ = [
      -3,
      n0,
      _FSRE,
      { [_e]: _c },
      [_M],
      [0]
    ];
    n0_registry.registerError(FederationSourceRetryableException$, FederationSourceRetryableException);
    var GlueEncryptionException$ = [
      -3,
      n0,
      _GEE,
      { [_e]: _c },
      [_M],
      [0]
    ];
    n0_registry.registerError(GlueEncryptionException$, GlueEncryptionException);
    var IdempotentParameterMismatchException$ = [
      -3,
      n0,
      _IPME,
      { [_e]: _c },
      [_M],
      [0]
    ];
    n0_registry.registerError(IdempotentParameterMismatchException$, IdempotentParameterMismatchException);
    var IllegalBlueprintStateException$ = [
      -3,
      n0,
      _IBSE,
      { [_e]: _c },
      [_M],
      [0]
    ];
    n0_registry.registerError(IllegalBlueprintStateException$, IllegalBlueprintStateException);
    var IllegalSessionStateException$ = [
      -3,
      n0,
      _ISSE,
      { [_e]: _c },
      [_M],
      [0]
    ];
    n0_registry.registerError(IllegalSessionStateException$, IllegalSessionStateException);
    var IllegalWorkflowStateException$ = [
      -3,
      n0,
      _IWSE,
      { [_e]: _c },
      [_M],
      [0]
    ];
    n0_registry.registerError(IllegalWorkflowStateException$, IllegalWorkflowStateException);
    var IntegrationConflictOperationFault$ = [
      -3,
      n0,
      _ICOF,
      { [_e]: _c, [_hE]: 409 },
      [_M],
      [0]
    ];
    n0_registry.registerError(IntegrationConflictOperationFault$, IntegrationConflictOperationFault);
    var IntegrationNotFoundFault$ = [
      -3,
      n0,
      _INFF,
      { [_e]: _c, [_hE]: 404 },
      [_M],
      [0]
    ];
    n0_registry.registerError(IntegrationNotFoundFault$, IntegrationNotFoundFault);
    var IntegrationQuotaExceededFault$ = [
      -3,
      n0,
      _IQEF,
      { [_e]: _c, [_hE]: 402 },
      [_M],
      [0]
    ];
    n0_registry.registerError(IntegrationQuotaExceededFault$, IntegrationQuotaExceededFault);
    var InternalServerException$ = [
      -3,
      n0,
      _ISE,
      { [_e]: _se, [_hE]: 500 },
      [_M],
      [0]
    ];
    n0_registry.registerError(InternalServerException$, InternalServerException);
    var InternalServiceException$ = [
      -3,
      n0,
      _ISEn,
      { [_e]: _se },
      [_M],
      [0]
    ];
    n0_registry.registerError(InternalServiceException$, InternalServiceException);
    var InvalidInputException$ = [
      -3,
      n0,
      _IIE,
      { [_e]: _c },
      [_M, _FFS],
      [0, 2]
    ];
    n0_registry.registerError(InvalidInputException$, InvalidInputException);
    var InvalidIntegrationStateFault$ = [
      -3,
      n0,
      _IISF,
      { [_e]: _c, [_hE]: 400 },
      [_M],
      [0]
    ];
    n0_registry.registerError(InvalidIntegrationStateFault$, InvalidIntegrationStateFault);
    var InvalidStateException$ = [
      -3,
      n0,
      _ISEnv,
      { [_e]: _c },
      [_M],
      [0]
    ];
    n0_registry.registerError(InvalidStateException$, InvalidStateException);
    var KMSKeyNotAccessibleFault$ = [
      -3,
      n0,
      _KMSKNAF,
      { [_e]: _c, [_hE]: 400 },
      [_M],
      [0]
    ];
    n0_registry.registerError(KMSKeyNotAccessibleFault$, KMSKeyNotAccessibleFault);
    var MaterializedViewRefreshTaskNotRunningException$ = [
      -3,
      n0,
      _MVRTNRE,
      { [_e]: _c },
      [_M],
      [0]
    ];
    n0_registry.registerError(MaterializedViewRefreshTaskNotRunningException$, MaterializedViewRefreshTaskNotRunningException);
    var MaterializedViewRefreshTaskRunningException$ = [
      -3,
      n0,
      _MVRTRE,
      { [_e]: _c },
      [_M],
      [0]
    ];
    n0_registry.registerError(MaterializedViewRefreshTaskRunningException$, MaterializedViewRefreshTaskRunningException);
    var MaterializedViewRefreshTaskStoppingException$ = [
      -3,
      n0,
      _MVRTSE,
      { [_e]: _c },
      [_M],
      [0]
    ];
    n0_registry.registerError(MaterializedViewRefreshTaskStoppingException$, MaterializedViewRefreshTaskStoppingException);
    var MLTransformNotReadyException$ = [
      -3,
      n0,
      _MLTNRE,
      { [_e]: _c },
      [_M],
      [0]
    ];
    n0_registry.registerError(MLTransformNotReadyException$, MLTransformNotReadyException);
    var NoScheduleException$ = [
      -3,
      n0,
      _NSE,
      { [_e]: _c },
      [_M],
      [0]
    ];
    n0_registry.registerError(NoScheduleException$, NoScheduleException);
    var OperationNotSupportedException$ = [
      -3,
      n0,
      _ONSE,
      { [_e]: _c },
      [_M],
      [0]
    ];
    n0_registry.registerError(OperationNotSupportedException$, OperationNotSupportedException);
    var OperationTimeoutException$ = [
      -3,
      n0,
      _OTE,
      { [_e]: _c },
      [_M],
      [0]
    ];
    n0_registry.registerError(OperationTimeoutException$, OperationTimeoutException);
    var PermissionTypeMismatchException$ = [
      -3,
      n0,
      _PTME,
      { [_e]: _c },
      [_M],
      [0]
    ];
    n0_registry.registerError(PermissionTypeMismatchException$, PermissionTypeMismatchException);
    var ResourceNotFoundException$ = [
      -3,
      n0,
      _RNFE,
      { [_e]: _c, [_hE]: 404 },
      [_M],
      [0]
    ];
    n0_registry.registerError(ResourceNotFoundException$, ResourceNotFoundException);
    var ResourceNotReadyException$ = [
      -3,
      n0,
      _RNRE,
      { [_e]: _c },
      [_M],
      [0]
    ];
    n0_registry.registerError(ResourceNotReadyException$, ResourceNotReadyException);
    var ResourceNumberLimitExceededException$ = [
      -3,
      n0,
      _RNLEE,
      { [_e]: _c },
      [_M],
      [0]
    ];
    n0_registry.registerError(ResourceNumberLimitExceededException$, ResourceNumberLimitExceededException);
    var SchedulerNotRunningException$ = [
      -3,
      n0,
      _SNRE,
      { [_e]: _c },
      [_M],
      [0]
    ];
    n0_registry.registerError(SchedulerNotRunningException$, SchedulerNotRunningException);
    var SchedulerRunningException$ = [
      -3,
      n0,
      _SRE,
      { [_e]: _c },
      [_M],
      [0]
    ];
    n0_registry.registerError(SchedulerRunningException$, SchedulerRunningException);
    var SchedulerTransitioningException$ = [
      -3,
      n0,
      _STE,
      { [_e]: _c },
      [_M],
      [0]
    ];
    n0_registry.registerError(SchedulerTransitioningException$, SchedulerTransitioningException);
    var SessionBusyException$ = [
      -3,
      n0,
      _SBE,
      { [_e]: _c },
      [_M],
      [0]
    ];
    n0_registry.registerError(SessionBusyException$, SessionBusyException);
    var TargetResourceNotFound$ = [
      -3,
      n0,
      _TRNF,
      { [_e]: _c, [_hE]: 404 },
      [_M],
      [0]
    ];
    n0_registry.registerError(TargetResourceNotFound$, TargetResourceNotFound);
    var ThrottlingException$ = [
      -3,
      n0,
      _TE,
      { [_e]: _c },
      [_M],
      [0]
    ];
    n0_registry.registerError(ThrottlingException$, ThrottlingException);
    var ValidationException$ = [
      -3,
      n0,
      _VE,
      { [_e]: _c },
      [_M],
      [0]
    ];
    n0_registry.registerError(ValidationException$, ValidationException);
    var VersionMismatchException$ = [
      -3,
      n0,
      _VME,
      { [_e]: _c },
      [_M],
      [0]
    ];
    n0_registry.registerError(VersionMismatchException$, VersionMismatchException);
    var errorTypeRegistries = [
      _s_registry,
      n0_registry
    ];
    var AccessToken = [0, n0, _AT, 8, 0];
    var AuthorizationCode = [0, n0, _AC, 8, 0];
    var DataQualityObservationDescription = [0, n0, _DQOD, 8, 0];
    var DataQualityRuleResultDescription = [0, n0, _DQRRD, 8, 0];
    var JwtToken = [0, n0, _JT, 8, 0];
    var Password = [0, n0, _P, 8, 0];
    var _Record = [0, n0, _R, 8, 15];
    var RefreshToken = [0, n0, _RT, 8, 0];
    var SensitiveString = [0, n0, _SS, 8, 0];
    var SensitiveUrl = [0, n0, _SU, 8, 0];
    var UserManagedClientApplicationClientSecret = [0, n0, _UMCACS, 8, 0];
    var Action$ = [
      3,
      n0,
      _A,
      0,
      [_JN, _Ar, _T, _SC, _NP, _CN],
      [0, 128 | 0, 1, 0, () => NotificationProperty$, 0]
    ];
    var Aggregate$ = [
      3,
      n0,
      _Ag,
      0,
      [_N, _I, _G, _Agg],
      [0, 64 | 0, [1, n0, _GSPL, 0, 64 | 0], () => AggregateOperations],
      4
    ];
    var AggregateOperation$ = [
      3,
      n0,
      _AO,
      0,
      [_C, _AF],
      [64 | 0, 0],
      2
    ];
    var AllowedValue$ = [
      3,
      n0,
      _AV,
      0,
      [_V, _D],
      [0, 0],
      1
    ];
    var AmazonRedshiftAdvancedOption$ = [
      3,
      n0,
      _ARAO,
      0,
      [_K, _V],
      [0, 0]
    ];
    var AmazonRedshiftNodeData$ = [
      3,
      n0,
      _ARND,
      0,
      [_ATc, _ST, _Co, _S, _Ta, _CD, _CT, _CRS, _CRT, _TD, _IR, _AOd, _SQ, _PA, _PAo, _A, _TP, _U, _MA, _MWM, _MWNM, _MC, _CC, _TS, _STt, _SCe],
      [0, 0, () => Option$, () => Option$, () => Option$, () => Option$, () => Option$, 0, 0, 0, () => Option$, () => AmazonRedshiftAdvancedOptions, 0, 0, 0, 0, 0, 2, 0, 0, 0, 0, 0, () => OptionList, 0, () => OptionList]
    ];
    var AmazonRedshiftSource$ = [
      3,
      n0,
      _ARS,
      0,
      [_N, _Da],
      [0, () => AmazonRedshiftNodeData$]
    ];
    var AmazonRedshiftTarget$ = [
      3,
      n0,
      _ART,
      0,
      [_N, _Da, _I],
      [0, () => AmazonRedshiftNodeData$, 64 | 0]
    ];
    var AnnotationError$ = [
      3,
      n0,
      _AE,
      0,
      [_PI, _SI, _FR],
      [0, 0, 0]
    ];
    var ApplyMapping$ = [
      3,
      n0,
      _AM,
      0,
      [_N, _I, _Ma],
      [0, 64 | 0, () => Mappings],
      3
    ];
    var AssetFormEntry$ = [
      3,
      n0,
      _AFE,
      0,
      [_FTI, _Con],
      [0, 0]
    ];
    var AssetTypeFormReference$ = [
      3,
      n0,
      _ATFR,
      0,
      [_FTIo],
      [0],
      1
    ];
    var AssetTypeItem$ = [
      3,
      n0,
      _ATI,
      0,
      [_Id, _N],
      [0, 0]
    ];
    var AssociateGlossaryTermsRequest$ = [
      3,
      n0,
      _AGTR,
      0,
      [_AI, _GTI, _IFN, _II, _CTl],
      [[0, 1], 64 | 0, 0, 0, [0, 4]],
      2
    ];
    var AssociateGlossaryTermsResponse$ = [
      3,
      n0,
      _AGTRs,
      0,
      [_AI, _IFN, _II, _GT],
      [0, 0, 0, 64 | 0]
    ];
    var AthenaConnectorSource$ = [
      3,
      n0,
      _ACS,
      0,
      [_N, _CNo, _CNon, _CTo, _SN, _CTon, _OS],
      [0, 0, 0, 0, 0, 0, () => GlueSchemas],
      5
    ];
    var AuditContext$ = [
      3,
      n0,
      _ACu,
      0,
      [_AAC, _RC, _ACR],
      [0, 64 | 0, 2]
    ];
    var AuthConfiguration$ = [
      3,
      n0,
      _ACut,
      0,
      [_ATu, _SA, _OAP, _BAP, _CAP],
      [() => Property$, () => Property$, () => PropertiesMap, () => PropertiesMap, () => PropertiesMap],
      1
    ];
    var AuthenticationConfiguration$ = [
      3,
      n0,
      _ACuth,
      0,
      [_ATu, _SA, _KKA, _OAP],
      [0, 0, 0, () => OAuth2Properties$]
    ];
    var AuthenticationConfigurationInput$ = [
      3,
      n0,
      _ACI,
      0,
      [_ATu, _OAP, _SA, _KKA, _BAC, _CAC],
      [0, [() => OAuth2PropertiesInput$, 0], 0, 0, [() => BasicAuthenticationCredentials$, 0], [() => CredentialMap, 0]]
    ];
    var AuthorizationCodeProperties$ = [
      3,
      n0,
      _ACP,
      0,
      [_AC, _RU],
      [[() => AuthorizationCode, 0], 0]
    ];
    var AutoDataQuality$ = [
      3,
      n0,
      _ADQ,
      0,
      [_IE, _EC],
      [2, 0]
    ];
    var AutoUpgradeMetadata$ = [
      3,
      n0,
      _AUM,
      0,
      [_TV, _SV, _St, _AIn],
      [0, 0, 0, 0]
    ];
    var BackfillError$ = [
      3,
      n0,
      _BE,
      0,
      [_Cod, _Pa],
      [0, () => BackfillErroredPartitionsList]
    ];
    var BasicAuthenticationCredentials$ = [
      3,
      n0,
      _BAC,
      0,
      [_Us, _P],
      [0, [() => Password, 0]]
    ];
    var BasicAuthenticationProperties$ = [
      3,
      n0,
      _BAP,
      0,
      [_Us, _P],
      [() => ConnectorProperty$, () => ConnectorProperty$]
    ];
    var BasicCatalogTarget$ = [
      3,
      n0,
      _BCT,
      0,
      [_N, _I, _Dat, _Ta, _PK],
      [0, 64 | 0, 0, 0, [1, n0, _GSPL, 0, 64 | 0]],
      4
    ];
    var BatchCreatePartitionRequest$ = [
      3,
      n0,
      _BCPR,
      0,
      [_DN, _TN, _PIL, _CI],
      [0, 0, () => PartitionInputList, 0],
      3
    ];
    var BatchCreatePartitionResponse$ = [
      3,
      n0,
      _BCPRa,
      0,
      [_E],
      [() => PartitionErrors]
    ];
    var BatchDeleteConnectionRequest$ = [
      3,
      n0,
      _BDCR,
      0,
      [_CNL, _CI],
      [64 | 0, 0],
      1
    ];
    var BatchDeleteConnectionResponse$ = [
      3,
      n0,
      _BDCRa,
      0,
      [_Su, _E],
      [64 | 0, () => ErrorByName]
    ];
    var BatchDeletePartitionRequest$ = [
      3,
      n0,
      _BDPR,
      0,
      [_DN, _TN, _PTD, _CI],
      [0, 0, () => BatchDeletePartitionValueList, 0],
      3
    ];
    var BatchDeletePartitionResponse$ = [
      3,
      n0,
      _BDPRa,
      0,
      [_E],
      [() => PartitionErrors]
    ];
    var BatchDeleteTableRequest$ = [
      3,
      n0,
      _BDTR,
      0,
      [_DN, _TTD, _CI, _TI],
      [0, 64 | 0, 0, 0],
      2
    ];
    var BatchDeleteTableResponse$ = [
      3,
      n0,
      _BDTRa,
      0,
      [_E],
      [() => TableErrors]
    ];
    var BatchDeleteTableVersionRequest$ = [
      3,
      n0,
      _BDTVR,
      0,
      [_DN, _TN, _VI, _CI],
      [0, 0, 64 | 0, 0],
      3
    ];
    var BatchDeleteTableVersionResponse$ = [
      3,
      n0,
      _BDTVRa,
      0,
      [_E],
      [() => TableVersionErrors]
    ];
    var BatchGetBlueprintsRequest$ = [
      3,
      n0,
      _BGBR,
      0,
      [_Na, _IB, _IPS],
      [64 | 0, 2, 2],
      1
    ];
    var BatchGetBlueprintsResponse$ = [
      3,
      n0,
      _BGBRa,
      0,
      [_B, _MB],
      [() => Blueprints, 64 | 0]
    ];
    var BatchGetCrawlersRequest$ = [
      3,
      n0,
      _BGCR,
      0,
      [_CNr],
      [64 | 0],
      1
    ];
    var BatchGetCrawlersResponse$ = [
      3,
      n0,
      _BGCRa,
      0,
      [_Cr, _CNF],
      [() => CrawlerList, 64 | 0]
    ];
    var BatchGetCustomEntityTypesRequest$ = [
      3,
      n0,
      _BGCETR,
      0,
      [_Na],
      [64 | 0],
      1
    ];
    var BatchGetCustomEntityTypesResponse$ = [
      3,
      n0,
      _BGCETRa,
      0,
      [_CET, _CETNF],
      [() => CustomEntityTypes, 64 | 0]
    ];
    var BatchGetDataQualityResultRequest$ = [
      3,
      n0,
      _BGDQRR,
      0,
      [_RI],
      [64 | 0],
      1
    ];
    var BatchGetDataQualityResultResponse$ = [
      3,
      n0,
      _BGDQRRa,
      0,
      [_Re, _RNF],
      [[() => DataQualityResultsList, 0], 64 | 0],
      1
    ];
    var BatchGetDataQualityResultV2Request$ = [
      3,
      n0,
      _BGDQRVR,
      0,
      [_RI],
      [64 | 0],
      1
    ];
    var BatchGetDataQualityResultV2Response$ = [
      3,
      n0,
      _BGDQRVRa,
      0,
      [_Re, _RNF],
      [[() => DataQualityResultV2List, 0], 64 | 0],
      1
    ];
    var BatchGetDataQualityRulesetEvaluationRunRequest$ = [
      3,
      n0,
      _BGDQRERR,
      0,
      [_RIu],
      [64 | 0],
      1
    ];
    var BatchGetDataQualityRulesetEvaluationRunResponse$ = [
      3,
      n0,
      _BGDQRERRa,
      0,
      [_Ru, _RNFu],
      [() => DataQualityRulesetEvaluationRunsList, 64 | 0]
    ];
    var BatchGetDevEndpointsRequest$ = [
      3,
      n0,
      _BGDER,
      0,
      [_DEN],
      [64 | 0],
      1
    ];
    var BatchGetDevEndpointsResponse$ = [
      3,
      n0,
      _BGDERa,
      0,
      [_DE, _DENF],
      [() => DevEndpointList, 64 | 0]
    ];
    var BatchGetIterableFormsRequest$ = [
      3,
      n0,
      _BGIFR,
      0,
      [_AI, _IFN, _IIt],
      [[0, 1], [0, 1], 64 | 0],
      3
    ];
    var BatchGetIterableFormsResponse$ = [
      3,
      n0,
      _BGIFRa,
      0,
      [_It, _E],
      [() => IterableFormItemList, () => ItemErrorList]
    ];
    var BatchGetJobsRequest$ = [
      3,
      n0,
      _BGJR,
      0,
      [_JNo],
      [64 | 0],
      1
    ];
    var BatchGetJobsResponse$ = [
      3,
      n0,
      _BGJRa,
      0,
      [_J, _JNF],
      [[() => JobList, 0], 64 | 0]
    ];
    var BatchGetPartitionRequest$ = [
      3,
      n0,
      _BGPR,
      0,
      [_DN, _TN, _PTG, _CI, _ACu, _QSC],
      [0, 0, () => BatchGetPartitionValueList, 0, () => AuditContext$, () => QuerySessionContext$],
      3
    ];
    var BatchGetPartitionResponse$ = [
      3,
      n0,
      _BGPRa,
      0,
      [_Pa, _UK],
      [() => PartitionList, () => BatchGetPartitionValueList]
    ];
    var BatchGetTableOptimizerEntry$ = [
      3,
      n0,
      _BGTOE,
      0,
      [_cI, _dN, _tN, _t],
      [0, 0, 0, 0]
    ];
    var BatchGetTableOptimizerError$ = [
      3,
      n0,
      _BGTOEa,
      0,
      [_e, _cI, _dN, _tN, _t],
      [() => ErrorDetail$, 0, 0, 0, 0]
    ];
    var BatchGetTableOptimizerRequest$ = [
      3,
      n0,
      _BGTOR,
      0,
      [_En],
      [() => BatchGetTableOptimizerEntries],
      1
    ];
    var BatchGetTableOptimizerResponse$ = [
      3,
      n0,
      _BGTORa,
      0,
      [_TO, _F],
      [() => BatchTableOptimizers, () => BatchGetTableOptimizerErrors]
    ];
    var BatchGetTriggersRequest$ = [
      3,
      n0,
      _BGTR,
      0,
      [_TNr],
      [64 | 0],
      1
    ];
    var BatchGetTriggersResponse$ = [
      3,
      n0,
      _BGTRa,
      0,
      [_Tr, _TNF],
      [() => TriggerList, 64 | 0]
    ];
    var BatchGetWorkflowsRequest$ = [
      3,
      n0,
      _BGWR,
      0,
      [_Na, _IG],
      [64 | 0, 2],
      1
    ];
    var BatchGetWorkflowsResponse$ = [
      3,
      n0,
      _BGWRa,
      0,
      [_W, _MW],
      [() => Workflows, 64 | 0]
    ];
    var BatchPutDataQualityStatisticAnnotationRequest$ = [
      3,
      n0,
      _BPDQSAR,
      0,
      [_IA, _CTl],
      [() => InclusionAnnotationList, 0],
      1
    ];
    var BatchPutDataQualityStatisticAnnotationResponse$ = [
      3,
      n0,
      _BPDQSARa,
      0,
      [_FIA],
      [() => AnnotationErrorList]
    ];
    var BatchStopJobRunError$ = [
      3,
      n0,
      _BSJRE,
      0,
      [_JN, _JRI, _ED],
      [0, 0, () => ErrorDetail$]
    ];
    var BatchStopJobRunRequest$ = [
      3,
      n0,
      _BSJRR,
      0,
      [_JN, _JRIo],
      [0, 64 | 0],
      2
    ];
    var BatchStopJobRunResponse$ = [
      3,
      n0,
      _BSJRRa,
      0,
      [_SSu, _E],
      [() => BatchStopJobRunSuccessfulSubmissionList, () => BatchStopJobRunErrorList]
    ];
    var BatchStopJobRunSuccessfulSubmission$ = [
      3,
      n0,
      _BSJRSS,
      0,
      [_JN, _JRI],
      [0, 0]
    ];
    var BatchTableOptimizer$ = [
      3,
      n0,
      _BTO,
      0,
      [_cI, _dN, _tN, _tO],
      [0, 0, 0, () => TableOptimizer$]
    ];
    var BatchUpdatePartitionFailureEntry$ = [
      3,
      n0,
      _BUPFE,
      0,
      [_PVL, _ED],
      [64 | 0, () => ErrorDetail$]
    ];
    var BatchUpdatePartitionRequest$ = [
      3,
      n0,
      _BUPR,
      0,
      [_DN, _TN, _En, _CI],
      [0, 0, () => BatchUpdatePartitionRequestEntryList, 0],
      3
    ];
    var BatchUpdatePartitionRequestEntry$ = [
      3,
      n0,
      _BUPRE,
      0,
      [_PVL, _PIa],
      [64 | 0, () => PartitionInput$],
      2
    ];
    var BatchUpdatePartitionResponse$ = [
      3,
      n0,
      _BUPRa,
      0,
      [_E],
      [() => BatchUpdatePartitionFailureList]
    ];
    var BetweenConfiguration$ = [
      3,
      n0,
      _BC,
      0,
      [_LBK, _HBK, _Te],
      [0, 0, 0]
    ];
    var BinaryColumnStatisticsData$ = [
      3,
      n0,
      _BCSD,
      0,
      [_ML, _AL, _NON],
      [1, 1, 1],
      3
    ];
    var Blueprint$ = [
      3,
      n0,
      _Bl,
      0,
      [_N, _D, _CO, _LMO, _PS, _BL, _BSL, _St, _EM, _LAD],
      [0, 0, 4, 4, 0, 0, 0, 0, 0, () => LastActiveDefinition$]
    ];
    var BlueprintDetails$ = [
      3,
      n0,
      _BD,
      0,
      [_BN, _RIun],
      [0, 0]
    ];
    var BlueprintRun$ = [
      3,
      n0,
      _BR,
      0,
      [_BN, _RIun, _WN, _Sta, _SO, _COo, _EM, _REM, _Par, _RA],
      [0, 0, 0, 0, 4, 4, 0, 0, 0, 0]
    ];
    var BooleanColumnStatisticsData$ = [
      3,
      n0,
      _BCSDo,
      0,
      [_NOT, _NOF, _NON],
      [1, 1, 1],
      3
    ];
    var CancelDataQualityRuleRecommendationRunRequest$ = [
      3,
      n0,
      _CDQRRRR,
      0,
      [_RIun],
      [0],
      1
    ];
    var CancelDataQualityRuleRecommendationRunResponse$ = [
      3,
      n0,
      _CDQRRRRa,
      0,
      [],
      []
    ];
    var CancelDataQualityRulesetEvaluationRunRequest$ = [
      3,
      n0,
      _CDQRERR,
      0,
      [_RIun],
      [0],
      1
    ];
    var CancelDataQualityRulesetEvaluationRunResponse$ = [
      3,
      n0,
      _CDQRERRa,
      0,
      [],
      []
    ];
    var CancelMLTaskRunRequest$ = [
      3,
      n0,
      _CMLTRR,
      0,
      [_TIr, _TRI],
      [0, 0],
      2
    ];
    var CancelMLTaskRunResponse$ = [
      3,
      n0,
      _CMLTRRa,
      0,
      [_TIr, _TRI, _St],
      [0, 0, 0]
    ];
    var CancelStatementRequest$ = [
      3,
      n0,
      _CSR,
      0,
      [_SIe, _Id, _RO],
      [0, 1, 0],
      2
    ];
    var CancelStatementResponse$ = [
      3,
      n0,
      _CSRa,
      0,
      [],
      []
    ];
    var Capabilities$ = [
      3,
      n0,
      _Ca,
      0,
      [_SAT, _SDO, _SCE],
      [64 | 0, 64 | 0, 64 | 0],
      3
    ];
    var Catalog$ = [
      3,
      n0,
      _Cat,
      0,
      [_N, _CI, _RAe, _D, _Par, _CTr, _UT, _TRC, _FC, _CP, _CTDP, _CDDP, _AFTEDA],
      [0, 0, 0, 0, 128 | 0, 4, 4, () => TargetRedshiftCatalog$, () => FederatedCatalog$, () => CatalogPropertiesOutput$, () => PrincipalPermissionsList, () => PrincipalPermissionsList, 0],
      1
    ];
    var CatalogDeltaSource$ = [
      3,
      n0,
      _CDS,
      0,
      [_N, _Dat, _Ta, _ADO, _OS],
      [0, 0, 0, 128 | 0, () => GlueSchemas],
      3
    ];
    var CatalogEntry$ = [
      3,
      n0,
      _CEa,
      0,
      [_DN, _TN],
      [0, 0],
      2
    ];
    var CatalogHudiSource$ = [
      3,
      n0,
      _CHS,
      0,
      [_N, _Dat, _Ta, _AHO, _OS],
      [0, 0, 0, 128 | 0, () => GlueSchemas],
      3
    ];
    var CatalogIcebergSource$ = [
      3,
      n0,
      _CIS,
      0,
      [_N, _Dat, _Ta, _AIO, _OS],
      [0, 0, 0, 128 | 0, () => GlueSchemas],
      3
    ];
    var CatalogImportStatus$ = [
      3,
      n0,
      _CISa,
      0,
      [_IC, _IT, _IBm],
      [2, 4, 0]
    ];
    var CatalogInput$ = [
      3,
      n0,
      _CIa,
      0,
      [_D, _FC, _Par, _TRC, _CP, _CTDP, _CDDP, _AFTEDA, _OCRPWD],
      [0, () => FederatedCatalog$, 128 | 0, () => TargetRedshiftCatalog$, () => CatalogProperties$, () => PrincipalPermissionsList, () => PrincipalPermissionsList, 0, 0]
    ];
    var CatalogKafkaSource$ = [
      3,
      n0,
      _CKS,
      0,
      [_N, _Ta, _Dat, _WS, _DS, _SOt, _DPO],
      [0, 0, 0, 1, 2, () => KafkaStreamingSourceOptions$, () => StreamingDataPreviewOptions$],
      3
    ];
    var CatalogKinesisSource$ = [
      3,
      n0,
      _CKSa,
      0,
      [_N, _Ta, _Dat, _WS, _DS, _SOt, _DPO],
      [0, 0, 0, 1, 2, () => KinesisStreamingSourceOptions$, () => StreamingDataPreviewOptions$],
      3
    ];
    var CatalogProperties$ = [
      3,
      n0,
      _CP,
      0,
      [_DLAP, _IOP, _CPu],
      [() => DataLakeAccessProperties$, () => IcebergOptimizationProperties$, 128 | 0]
    ];
    var CatalogPropertiesOutput$ = [
      3,
      n0,
      _CPO,
      0,
      [_DLAP, _IOP, _CPu],
      [() => DataLakeAccessPropertiesOutput$, () => IcebergOptimizationPropertiesOutput$, 128 | 0]
    ];
    var CatalogSchemaChangePolicy$ = [
      3,
      n0,
      _CSCP,
      0,
      [_EUC, _UB],
      [2, 0]
    ];
    var CatalogSource$ = [
      3,
      n0,
      _CS,
      0,
      [_N, _Dat, _Ta, _PP, _OS],
      [0, 0, 0, 0, () => GlueSchemas],
      3
    ];
    var CatalogTableConfigOptions$ = [
      3,
      n0,
      _CTCO,
      0,
      [_DN, _TN, _SL, _CI],
      [0, 0, 0, 0]
    ];
    var CatalogTarget$ = [
      3,
      n0,
      _CTa,
      0,
      [_DN, _Tab, _CNo, _EQA, _DEQA],
      [0, 64 | 0, 0, 0, 0],
      2
    ];
    var CheckSchemaVersionValidityInput$ = [
      3,
      n0,
      _CSVVI,
      0,
      [_DF, _SD],
      [0, 0],
      2
    ];
    var CheckSchemaVersionValidityResponse$ = [
      3,
      n0,
      _CSVVR,
      0,
      [_Va, _Er],
      [2, 0]
    ];
    var Classifier$ = [
      3,
      n0,
      _Cl,
      0,
      [_GC, _XMLC, _JC, _CCs],
      [() => GrokClassifier$, () => XMLClassifier$, () => JsonClassifier$, () => CsvClassifier$]
    ];
    var ClientCredentialsProperties$ = [
      3,
      n0,
      _CCP,
      0,
      [_TU, _RM, _CTont, _CIl, _CSl, _Sc, _TUP],
      [() => ConnectorProperty$, 0, 0, () => ConnectorProperty$, () => ConnectorProperty$, () => ConnectorProperty$, () => ConnectorPropertyList]
    ];
    var CloudWatchEncryption$ = [
      3,
      n0,
      _CWE,
      0,
      [_CWEM, _KKA],
      [0, 0]
    ];
    var CodeGenConfigurationNode$ = [
      3,
      n0,
      _CGCN,
      0,
      [_ACS, _JDBCCS, _SCS, _CS, _RS, _SCSa, _SCSs, _SJS, _SPS, _RCS, _DDBCS, _JDBCCT, _SCT, _CTa, _RTe, _SCTa, _SGPT, _SDT, _AM, _SF, _DFr, _RF, _Sp, _Jo, _SFp, _SFC, _FMV, _Fi, _CCu, _SSQL, _DKS, _DKSi, _CKSa, _CKS, _DNF, _Me, _Un, _PIID, _Ag, _DD, _GCT, _GCS, _MSQLSCS, _MSQLCS, _OSQLCS, _PSQLCS, _MSQLSCT, _MSQLCT, _OSQLCT, _PSQLCT, _Ro, _DT, _EDQ, _SCHS, _CHS, _SHS, _SHCT, _SHDT, _DJDBCS, _SCDS, _CDS, _SDS, _SDCT, _SDDT, _ARS, _ART, _EDQMF, _Rec, _SSn, _STn, _CDSo, _CDT, _SCIS, _CIS, _SICT, _SIDT, _SES, _SHDTy, _DDBELTCS],
      [() => AthenaConnectorSource$, () => JDBCConnectorSource$, () => SparkConnectorSource$, () => CatalogSource$, () => RedshiftSource$, () => S3CatalogSource$, () => S3CsvSource$, () => S3JsonSource$, () => S3ParquetSource$, () => RelationalCatalogSource$, () => DynamoDBCatalogSource$, () => JDBCConnectorTarget$, () => SparkConnectorTarget$, () => BasicCatalogTarget$, () => RedshiftTarget$, () => S3CatalogTarget$, () => S3GlueParquetTarget$, () => S3DirectTarget$, () => ApplyMapping$, () => SelectFields$, () => DropFields$, () => RenameField$, () => Spigot$, () => Join$, () => SplitFields$, () => SelectFromCollection$, () => FillMissingValues$, () => Filter$, () => CustomCode$, () => SparkSQL$, () => DirectKinesisSource$, () => DirectKafkaSource$, () => CatalogKinesisSource$, () => CatalogKafkaSource$, () => DropNullFields$, () => Merge$, () => Union$, () => PIIDetection$, () => Aggregate$, () => DropDuplicates$, () => GovernedCatalogTarget$, () => GovernedCatalogSource$, () => MicrosoftSQLServerCatalogSource$, () => MySQLCatalogSource$, () => OracleSQLCatalogSource$, () => PostgreSQLCatalogSource$, () => MicrosoftSQLServerCatalogTarget$, () => MySQLCatalogTarget$, () => OracleSQLCatalogTarget$, () => PostgreSQLCatalogTarget$, () => Route$, () => DynamicTransform$, () => EvaluateDataQuality$, () => S3CatalogHudiSource$, () => CatalogHudiSource$, () => S3HudiSource$, () => S3HudiCatalogTarget$, () => S3HudiDirectTarget$, () => DirectJDBCSource$, () => S3CatalogDeltaSource$, () => CatalogDeltaSource$, () => S3DeltaSource$, () => S3DeltaCatalogTarget$, () => S3DeltaDirectTarget$, () => AmazonRedshiftSource$, () => AmazonRedshiftTarget$, () => EvaluateDataQualityMultiFrame$, () => Recipe$, () => SnowflakeSource$, () => SnowflakeTarget$, () => ConnectorDataSource$, () => ConnectorDataTarget$, () => S3CatalogIcebergSource$, () => CatalogIcebergSource$, () => S3IcebergCatalogTarget$, () => S3IcebergDirectTarget$, () => S3ExcelSource$, () => S3HyperDirectTarget$, () => DynamoDBELTConnectorSource$]
    ];
    var CodeGenEdge$ = [
      3,
      n0,
      _CGE,
      0,
      [_So, _Tar, _TPa],
      [0, 0, 0],
      2
    ];
    var CodeGenNode$ = [
      3,
      n0,
      _CGN,
      0,
      [_Id, _NT, _Arg, _LN],
      [0, 0, () => CodeGenNodeArgs, 1],
      3
    ];
    var CodeGenNodeArg$ = [
      3,
      n0,
      _CGNA,
      0,
      [_N, _V, _Para],
      [0, 0, 2],
      2
    ];
    var Column$ = [
      3,
      n0,
      _C,
      0,
      [_N, _Ty, _Com, _Par],
      [0, 0, 0, 128 | 0],
      1
    ];
    var ColumnError$ = [
      3,
      n0,
      _CEo,
      0,
      [_CNol, _Er],
      [0, () => ErrorDetail$]
    ];
    var ColumnImportance$ = [
      3,
      n0,
      _CIo,
      0,
      [_CNol, _Im],
      [0, 1]
    ];
    var ColumnRowFilter$ = [
      3,
      n0,
      _CRF,
      0,
      [_CNol, _RFE],
      [0, 0]
    ];
    var ColumnStatistics$ = [
      3,
      n0,
      _CSo,
      0,
      [_CNol, _CTol, _ATn, _SDt],
      [0, 0, 4, () => ColumnStatisticsData$],
      4
    ];
    var ColumnStatisticsData$ = [
      3,
      n0,
      _CSD,
      0,
      [_Ty, _BCSDo, _DCSD, _DCSDe, _DCSDo, _LCSD, _SCSD, _BCSD],
      [0, () => BooleanColumnStatisticsData$, () => DateColumnStatisticsData$, () => DecimalColumnStatisticsData$, () => DoubleColumnStatisticsData$, () => LongColumnStatisticsData$, () => StringColumnStatisticsData$, () => BinaryColumnStatisticsData$],
      1
    ];
    var ColumnStatisticsError$ = [
      3,
      n0,
      _CSEo,
      0,
      [_CSo, _Er],
      [() => ColumnStatistics$, () => ErrorDetail$]
    ];
    var ColumnStatisticsTaskRun$ = [
      3,
      n0,
      _CSTR,
      0,
      [_CIu, _CSTRI, _DN, _TN, _CNLo, _CID, _Rol, _SSa, _SC, _NOW, _WT, _CTom, _St, _CTre, _LU, _STta, _ET, _EM, _DPUS],
      [0, 0, 0, 0, 64 | 0, 0, 0, 1, 0, 1, 0, 0, 0, 4, 4, 4, 4, 0, 1]
    ];
    var ColumnStatisticsTaskSettings$ = [
      3,
      n0,
      _CSTS,
      0,
      [_DN, _TN, _Sch, _CNLo, _CID, _Rol, _SSa, _SC, _STc, _SSe, _LEA],
      [0, 0, () => Schedule$, 64 | 0, 0, 0, 1, 0, 0, 0, () => ExecutionAttempt$]
    ];
    var CompactionConfiguration$ = [
      3,
      n0,
      _CCo,
      0,
      [_iC],
      [() => IcebergCompactionConfiguration$]
    ];
    var CompactionMetrics$ = [
      3,
      n0,
      _CM,
      0,
      [_IM],
      [() => IcebergCompactionMetrics$]
    ];
    var ComputeEnvironmentConfiguration$ = [
      3,
      n0,
      _CEC,
      0,
      [_N, _D, _CEom, _SAT, _COon, _CPNO, _CONO, _CPRO, _PCPR],
      [0, 0, 0, 64 | 0, () => PropertiesMap, 128 | 0, 128 | 0, 64 | 0, 2],
      8
    ];
    var Condition$ = [
      3,
      n0,
      _Cond,
      0,
      [_LO, _JN, _Sta, _CN, _CSr],
      [0, 0, 0, 0, 0]
    ];
    var ConditionExpression$ = [
      3,
      n0,
      _CEon,
      0,
      [_Cond, _TC, _V],
      [0, 0, 0],
      2
    ];
    var ConfigurationObject$ = [
      3,
      n0,
      _COonf,
      0,
      [_DV, _AVl, _MV, _MVa],
      [0, 64 | 0, 0, 0]
    ];
    var ConfusionMatrix$ = [
      3,
      n0,
      _CMo,
      0,
      [_NTP, _NFP, _NTN, _NFN],
      [1, 1, 1, 1]
    ];
    var Connection$ = [
      3,
      n0,
      _Co,
      0,
      [_N, _D, _CTo, _MCa, _CPo, _SP, _AP, _PPy, _PCR, _CTre, _LUT, _LUB, _St, _SR, _LCVT, _ACuth, _CSV, _CCE],
      [0, 0, 0, 64 | 0, 128 | 0, 128 | 0, 128 | 0, 128 | 0, () => PhysicalConnectionRequirements$, 4, 4, 0, 0, 0, 4, () => AuthenticationConfiguration$, 1, 64 | 0]
    ];
    var ConnectionInput$ = [
      3,
      n0,
      _CIon,
      0,
      [_N, _CTo, _CPo, _D, _MCa, _SP, _AP, _PPy, _PCR, _ACuth, _VC, _VFCE],
      [0, 0, 128 | 0, 0, 64 | 0, 128 | 0, 128 | 0, 128 | 0, () => PhysicalConnectionRequirements$, [() => AuthenticationConfigurationInput$, 0], 2, 64 | 0],
      3
    ];
    var ConnectionPasswordEncryption$ = [
      3,
      n0,
      _CPE,
      0,
      [_RCPE, _AKKI],
      [2, 0],
      1
    ];
    var ConnectionPropertiesConfiguration$ = [
      3,
      n0,
      _CPC,
      0,
      [_Ur, _ARP],
      [() => ConnectorProperty$, () => ConnectorPropertyList]
    ];
    var ConnectionsList$ = [
      3,
      n0,
      _CL,
      0,
      [_Conn],
      [64 | 0]
    ];
    var ConnectionTypeBrief$ = [
      3,
      n0,
      _CTB,
      0,
      [_CTo, _DNi, _Ve, _D, _Cate, _Ca, _LUo, _CTV],
      [0, 0, 0, 0, 64 | 0, () => Capabilities$, 0, () => ConnectionTypeVariantList]
    ];
    var ConnectionTypeVariant$ = [
      3,
      n0,
      _CTVo,
      0,
      [_CTVN, _DNi, _D, _LUo],
      [0, 0, 0, 0]
    ];
    var ConnectorAuthenticationConfiguration$ = [
      3,
      n0,
      _CACo,
      0,
      [_ATut, _OAP, _BAP, _CAP],
      [64 | 0, () => ConnectorOAuth2Properties$, () => BasicAuthenticationProperties$, () => CustomAuthenticationProperties$],
      1
    ];
    var ConnectorAuthorizationCodeProperties$ = [
      3,
      n0,
      _CACP,
      0,
      [_ACU, _AC, _RU, _TU, _RM, _CTont, _CIl, _CSl, _Sc, _Pr, _TUP],
      [() => ConnectorProperty$, () => ConnectorProperty$, () => ConnectorProperty$, () => ConnectorProperty$, 0, 0, () => ConnectorProperty$, () => ConnectorProperty$, () => ConnectorProperty$, () => ConnectorProperty$, () => ConnectorPropertyList]
    ];
    var ConnectorDataSource$ = [
      3,
      n0,
      _CDSo,
      0,
      [_N, _CTo, _Da, _OS],
      [0, 0, 128 | 0, () => GlueSchemas],
      3
    ];
    var ConnectorDataTarget$ = [
      3,
      n0,
      _CDT,
      0,
      [_N, _CTo, _Da, _I],
      [0, 0, 128 | 0, 64 | 0],
      3
    ];
    var ConnectorOAuth2Properties$ = [
      3,
      n0,
      _COAP,
      0,
      [_OAGT, _CCP, _JWTBP, _ACP],
      [0, () => ClientCredentialsProperties$, () => JWTBearerProperties$, () => ConnectorAuthorizationCodeProperties$],
      1
    ];
    var ConnectorProperty$ = [
      3,
      n0,
      _CPon,
      0,
      [_N, _Req, _PT, _KO, _DV, _AVl, _PL, _Fo],
      [0, 2, 0, 0, 0, 64 | 0, 0, 0],
      3
    ];
    var Crawl$ = [
      3,
      n0,
      _Cra,
      0,
      [_Sta, _SO, _COo, _EM, _LG, _LS],
      [0, 4, 4, 0, 0, 0]
    ];
    var Crawler$ = [
      3,
      n0,
      _Craw,
      0,
      [_N, _Rol, _Targ, _DN, _D, _Cla, _RP, _SCP, _LC, _Sta, _TP, _Sch, _CETr, _CTre, _LU, _LCa, _Ver, _Conf, _CSC, _LFC, _CI],
      [0, 0, () => CrawlerTargets$, 0, 0, 64 | 0, () => RecrawlPolicy$, () => SchemaChangePolicy$, () => LineageConfiguration$, 0, 0, () => Schedule$, 1, 4, 4, () => LastCrawlInfo$, 1, 0, 0, () => LakeFormationConfiguration$, 0]
    ];
    var CrawlerHistory$ = [
      3,
      n0,
      _CH,
      0,
      [_CIr, _Sta, _STta, _ET, _Sum, _EM, _LG, _LS, _MP, _DPUH],
      [0, 0, 4, 4, 0, 0, 0, 0, 0, 1]
    ];
    var CrawlerMetrics$ = [
      3,
      n0,
      _CMr,
      0,
      [_CN, _TLS, _SE, _LRS, _MRS, _TCa, _TUa, _TDa],
      [0, 1, 2, 1, 1, 1, 1, 1]
    ];
    var CrawlerNodeDetails$ = [
      3,
      n0,
      _CND,
      0,
      [_Crawl],
      [() => CrawlList]
    ];
    var CrawlerTargets$ = [
      3,
      n0,
      _CTra,
      0,
      [_STa, _JTd, _MDBT, _DDBT, _CTat, _DTe, _ITc, _HT],
      [() => S3TargetList, () => JdbcTargetList, () => MongoDBTargetList, () => DynamoDBTargetList, () => CatalogTargetList, () => DeltaTargetList, () => IcebergTargetList, () => HudiTargetList]
    ];
    var CrawlsFilter$ = [
      3,
      n0,
      _CF,
      0,
      [_FN, _FO, _FV],
      [0, 0, 0]
    ];
    var CreateBlueprintRequest$ = [
      3,
      n0,
      _CBR,
      0,
      [_N, _BL, _D, _Tag],
      [0, 0, 0, 128 | 0],
      2
    ];
    var CreateBlueprintResponse$ = [
      3,
      n0,
      _CBRr,
      0,
      [_N],
      [0]
    ];
    var CreateCatalogRequest$ = [
      3,
      n0,
      _CCR,
      0,
      [_N, _CIa, _Tag],
      [0, () => CatalogInput$, 128 | 0],
      2
    ];
    var CreateCatalogResponse$ = [
      3,
      n0,
      _CCRr,
      0,
      [],
      []
    ];
    var CreateClassifierRequest$ = [
      3,
      n0,
      _CCRre,
      0,
      [_GC, _XMLC, _JC, _CCs],
      [() => CreateGrokClassifierRequest$, () => CreateXMLClassifierRequest$, () => CreateJsonClassifierRequest$, () => CreateCsvClassifierRequest$]
    ];
    var CreateClassifierResponse$ = [
      3,
      n0,
      _CCRrea,
      0,
      [],
      []
    ];
    var CreateColumnStatisticsTaskSettingsRequest$ = [
      3,
      n0,
      _CCSTSR,
      0,
      [_DN, _TN, _Rol, _Sch, _CNLo, _SSa, _CID, _SC, _Tag],
      [0, 0, 0, 0, 64 | 0, 1, 0, 0, 128 | 0],
      3
    ];
    var CreateColumnStatisticsTaskSettingsResponse$ = [
      3,
      n0,
      _CCSTSRr,
      0,
      [],
      []
    ];
    var CreateConnectionRequest$ = [
      3,
      n0,
      _CCRreat,
      0,
      [_CIon, _CI, _Tag],
      [[() => ConnectionInput$, 0], 0, 128 | 0],
      1
    ];
    var CreateConnectionResponse$ = [
      3,
      n0,
      _CCRreate,
      0,
      [_CCS],
      [0]
    ];
    var CreateCrawlerRequest$ = [
      3,
      n0,
      _CCRreater,
      0,
      [_N, _Rol, _Targ, _DN, _D, _Sch, _Cla, _TP, _SCP, _RP, _LC, _LFC, _Conf, _CSC, _Tag, _CI],
      [0, 0, () => CrawlerTargets$, 0, 0, 0, 64 | 0, 0, () => SchemaChangePolicy$, () => RecrawlPolicy$, () => LineageConfiguration$, () => LakeFormationConfiguration$, 0, 0, 128 | 0, 0],
      3
    ];
    var CreateCrawlerResponse$ = [
      3,
      n0,
      _CCRreatera,
      0,
      [],
      []
    ];
    var CreateCsvClassifierRequest$ = [
      3,
      n0,
      _CCCR,
      0,
      [_N, _De, _QS, _CHo, _H, _DVT, _ASC, _CDC, _CDu, _Se],
      [0, 0, 0, 0, 64 | 0, 2, 2, 2, 64 | 0, 0],
      1
    ];
    var CreateCustomEntityTypeRequest$ = [
      3,
      n0,
      _CCETR,
      0,
      [_N, _RSe, _CW, _Tag],
      [0, 0, 64 | 0, 128 | 0],
      2
    ];
    var CreateCustomEntityTypeResponse$ = [
      3,
      n0,
      _CCETRr,
      0,
      [_N],
      [0]
    ];
    var CreateDatabaseRequest$ = [
      3,
      n0,
      _CDR,
      0,
      [_DI, _CI, _Tag],
      [() => DatabaseInput$, 0, 128 | 0],
      1
    ];
    var CreateDatabaseResponse$ = [
      3,
      n0,
      _CDRr,
      0,
      [],
      []
    ];
    var CreateDataQualityEvaluationConfigRequest$ = [
      3,
      n0,
      _CDQECR,
      0,
      [_N, _L, _DSa, _Rol, _RN, _MRN, _Tr, _SEc, _SAt, _EA, _NOW, _T, _ARO, _ADS, _Tag, _CTl],
      [0, 0, () => DataQualityEvaluationConfigDataSource$, 0, 0, 0, 64 | 0, 0, 4, 4, 1, 1, () => DataQualityEvaluationConfigAdditionalRunOptions$, () => DataSourceMap, 128 | 0, [0, 4]],
      4
    ];
    var CreateDataQualityEvaluationConfigResponse$ = [
      3,
      n0,
      _CDQECRr,
      0,
      [_N, _ERM],
      [0, 0]
    ];
    var CreateDataQualityRulesetRequest$ = [
      3,
      n0,
      _CDQRR,
      0,
      [_N, _Rul, _D, _Tag, _TT, _DQSC, _CTl],
      [0, 0, 0, 128 | 0, () => DataQualityTargetTable$, 0, 0],
      2
    ];
    var CreateDataQualityRulesetResponse$ = [
      3,
      n0,
      _CDQRRr,
      0,
      [_N],
      [0]
    ];
    var CreateDevEndpointRequest$ = [
      3,
      n0,
      _CDER,
      0,
      [_EN, _RA, _SGI, _SIu, _PKu, _PKub, _NONu, _WT, _GV, _NOW, _EPLSP, _EJSP, _SC, _Tag, _Ar],
      [0, 0, 64 | 0, 0, 0, 64 | 0, 1, 0, 0, 1, 0, 0, 0, 128 | 0, 128 | 0],
      2
    ];
    var CreateDevEndpointResponse$ = [
      3,
      n0,
      _CDERr,
      0,
      [_EN, _St, _SGI, _SIu, _RA, _YEA, _ZRSIP, _NONu, _WT, _GV, _NOW, _AZ, _VIp, _EPLSP, _EJSP, _FR, _SC, _CTrea, _Ar],
      [0, 0, 64 | 0, 0, 0, 0, 1, 1, 0, 0, 1, 0, 0, 0, 0, 0, 0, 4, 128 | 0]
    ];
    var CreateGlossaryRequest$ = [
      3,
      n0,
      _CGR,
      0,
      [_N, _D, _CTl],
      [0, 0, [0, 4]],
      1
    ];
    var CreateGlossaryResponse$ = [
      3,
      n0,
      _CGRr,
      0,
      [_Id, _N, _D],
      [0, 0, 0]
    ];
    var CreateGlossaryTermRequest$ = [
      3,
      n0,
      _CGTR,
      0,
      [_GI, _N, _SDh, _LD, _CTl],
      [0, 0, 0, 0, [0, 4]],
      2
    ];
    var CreateGlossaryTermResponse$ = [
      3,
      n0,
      _CGTRr,
      0,
      [_Id, _GIl, _N, _SDh, _LD],
      [0, 0, 0, 0, 0]
    ];
    var CreateGlueIdentityCenterConfigurationRequest$ = [
      3,
      n0,
      _CGICCR,
      0,
      [_IAn, _Sco, _UBSE],
      [0, 64 | 0, 2],
      1
    ];
    var CreateGlueIdentityCenterConfigurationResponse$ = [
      3,
      n0,
      _CGICCRr,
      0,
      [_AA],
      [0]
    ];
    var CreateGrokClassifierRequest$ = [
      3,
      n0,
      _CGCR,
      0,
      [_Clas, _N, _GP, _CPus],
      [0, 0, 0, 0],
      3
    ];
    var CreateIcebergTableInput$ = [
      3,
      n0,
      _CITI,
      0,
      [_Lo, _S, _PSa, _WO, _Pro],
      [0, () => IcebergSchema$, () => IcebergPartitionSpec$, () => IcebergSortOrder$, 128 | 0],
      2
    ];
    var CreateIntegrationRequest$ = [
      3,
      n0,
      _CIR,
      0,
      [_IN, _SAo, _TA, _D, _DFa, _KKI, _AEC, _Tag, _ICn],
      [0, 0, 0, 0, 0, 0, 128 | 0, () => IntegrationTagsList, () => IntegrationConfig$],
      3
    ];
    var CreateIntegrationResourcePropertyRequest$ = [
      3,
      n0,
      _CIRPR,
      0,
      [_RAe, _SPP, _TPP, _Tag],
      [0, () => SourceProcessingProperties$, () => TargetProcessingProperties$, () => IntegrationTagsList],
      1
    ];
    var CreateIntegrationResourcePropertyResponse$ = [
      3,
      n0,
      _CIRPRr,
      0,
      [_RAe, _RPA, _SPP, _TPP],
      [0, 0, () => SourceProcessingProperties$, () => TargetProcessingProperties$],
      1
    ];
    var CreateIntegrationResponse$ = [
      3,
      n0,
      _CIRr,
      0,
      [_SAo, _TA, _IN, _IAnt, _St, _CTr, _D, _KKI, _AEC, _Tag, _E, _DFa, _ICn],
      [0, 0, 0, 0, 0, 4, 0, 0, 128 | 0, () => IntegrationTagsList, () => IntegrationErrorList, 0, () => IntegrationConfig$],
      6
    ];
    var CreateIntegrationTablePropertiesRequest$ = [
      3,
      n0,
      _CITPR,
      0,
      [_RAe, _TN, _STC, _TTC],
      [0, 0, () => SourceTableConfig$, () => TargetTableConfig$],
      2
    ];
    var CreateIntegrationTablePropertiesResponse$ = [
      3,
      n0,
      _CITPRr,
      0,
      [],
      []
    ];
    var CreateJobRequest$ = [
      3,
      n0,
      _CJR,
      0,
      [_N, _Rol, _Comm, _JM, _JRQE, _D, _LUog, _EP, _DA, _NOA, _Conn, _MR, _ACl, _T, _MCax, _SC, _Tag, _NP, _GV, _NOW, _WT, _CGCNo, _ECx, _SCD, _MWa],
      [0, 0, () => JobCommand$, 0, 2, 0, 0, () => ExecutionProperty$, 128 | 0, 128 | 0, () => ConnectionsList$, 1, 1, 1, 1, 0, 128 | 0, () => NotificationProperty$, 0, 1, 0, [() => CodeGenConfigurationNodes, 0], 0, () => SourceControlDetails$, 0],
      3
    ];
    var CreateJobResponse$ = [
      3,
      n0,
      _CJRr,
      0,
      [_N],
      [0]
    ];
    var CreateJsonClassifierRequest$ = [
      3,
      n0,
      _CJCR,
      0,
      [_N, _JP],
      [0, 0],
      2
    ];
    var CreateMLTransformRequest$ = [
      3,
      n0,
      _CMLTR,
      0,
      [_N, _IRT, _Par, _Rol, _D, _GV, _MCax, _WT, _NOW, _T, _MR, _Tag, _TEr],
      [0, () => GlueTables, () => TransformParameters$, 0, 0, 0, 1, 0, 1, 1, 1, 128 | 0, () => TransformEncryption$],
      4
    ];
    var CreateMLTransformResponse$ = [
      3,
      n0,
      _CMLTRr,
      0,
      [_TIr],
      [0]
    ];
    var CreatePartitionIndexRequest$ = [
      3,
      n0,
      _CPIR,
      0,
      [_DN, _TN, _PIar, _CI],
      [0, 0, () => PartitionIndex$, 0],
      3
    ];
    var CreatePartitionIndexResponse$ = [
      3,
      n0,
      _CPIRr,
      0,
      [],
      []
    ];
    var CreatePartitionRequest$ = [
      3,
      n0,
      _CPR,
      0,
      [_DN, _TN, _PIa, _CI],
      [0, 0, () => PartitionInput$, 0],
      3
    ];
    var CreatePartitionResponse$ = [
      3,
      n0,
      _CPRr,
      0,
      [],
      []
    ];
    var CreateRegistryInput$ = [
      3,
      n0,
      _CRI,
      0,
      [_RNe, _D, _Tag],
      [0, 0, 128 | 0],
      1
    ];
    var CreateRegistryResponse$ = [
      3,
      n0,
      _CRR,
      0,
      [_RAeg, _RNe, _D, _Tag],
      [0, 0, 0, 128 | 0]
    ];
    var CreateSchemaInput$ = [
      3,
      n0,
      _CSI,
      0,
      [_SN, _DF, _RIe, _Comp, _D, _Tag, _SD],
      [0, 0, () => RegistryId$, 0, 0, 128 | 0, 0],
      2
    ];
    var CreateSchemaResponse$ = [
      3,
      n0,
      _CSRr,
      0,
      [_RNe, _RAeg, _SN, _SAc, _D, _DF, _Comp, _SCc, _LSV, _NSV, _SSc, _Tag, _SVI, _SVS],
      [0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 0, 128 | 0, 0, 0]
    ];
    var CreateScriptRequest$ = [
      3,
      n0,
      _CSRre,
      0,
      [_DNa, _DEa, _La],
      [() => DagNodes, () => DagEdges, 0]
    ];
    var CreateScriptResponse$ = [
      3,
      n0,
      _CSRrea,
      0,
      [_PSy, _SCca],
      [0, 0]
    ];
    var CreateSecurityConfigurationRequest$ = [
      3,
      n0,
      _CSCR,
      0,
      [_N, _ECn],
      [0, () => EncryptionConfiguration$],
      2
    ];
    var CreateSecurityConfigurationResponse$ = [
      3,
      n0,
      _CSCRr,
      0,
      [_N, _CTrea],
      [0, 4]
    ];
    var CreateSessionRequest$ = [
      3,
      n0,
      _CSRreat,
      0,
      [_Id, _Rol, _Comm, _D, _T, _ITd, _DA, _Conn, _MCax, _NOW, _WT, _SC, _GV, _Tag, _RO, _STe],
      [0, 0, () => SessionCommand$, 0, 1, 1, 128 | 0, () => ConnectionsList$, 1, 1, 0, 0, 0, 128 | 0, 0, 0],
      3
    ];
    var CreateSessionResponse$ = [
      3,
      n0,
      _CSRreate,
      0,
      [_Ses],
      [() => Session$]
    ];
    var CreateTableOptimizerRequest$ = [
      3,
      n0,
      _CTOR,
      0,
      [_CI, _DN, _TN, _Ty, _TOC],
      [0, 0, 0, 0, () => TableOptimizerConfiguration$],
      5
    ];
    var CreateTableOptimizerResponse$ = [
      3,
      n0,
      _CTORr,
      0,
      [],
      []
    ];
    var CreateTableRequest$ = [
      3,
      n0,
      _CTR,
      0,
      [_DN, _CI, _N, _TIa, _PIart, _TI, _OTFI],
      [0, 0, 0, () => TableInput$, () => PartitionIndexList, 0, () => OpenTableFormatInput$],
      1
    ];
    var CreateTableResponse$ = [
      3,
      n0,
      _CTRr,
      0,
      [],
      []
    ];
    var CreateTriggerRequest$ = [
      3,
      n0,
      _CTRre,
      0,
      [_N, _Ty, _Ac, _WN, _Sch, _Pre, _D, _SOC, _Tag, _EBC],
      [0, 0, () => ActionList, 0, 0, () => Predicate$, 0, 2, 128 | 0, () => EventBatchingCondition$],
      3
    ];
    var CreateTriggerResponse$ = [
      3,
      n0,
      _CTRrea,
      0,
      [_N],
      [0]
    ];
    var CreateUsageProfileRequest$ = [
      3,
      n0,
      _CUPR,
      0,
      [_N, _Conf, _D, _Tag],
      [0, () => ProfileConfiguration$, 0, 128 | 0],
      2
    ];
    var CreateUsageProfileResponse$ = [
      3,
      n0,
      _CUPRr,
      0,
      [_N],
      [0]
    ];
    var CreateUserDefinedFunctionRequest$ = [
      3,
      n0,
      _CUDFR,
      0,
      [_DN, _FI, _CI],
      [0, () => UserDefinedFunctionInput$, 0],
      2
    ];
    var CreateUserDefinedFunctionResponse$ = [
      3,
      n0,
      _CUDFRr,
      0,
      [],
      []
    ];
    var CreateWorkflowRequest$ = [
      3,
      n0,
      _CWR,
      0,
      [_N, _D, _DRP, _Tag, _MCR],
      [0, 0, 128 | 0, 128 | 0, 1],
      1
    ];
    var CreateWorkflowResponse$ = [
      3,
      n0,
      _CWRr,
      0,
      [_N],
      [0]
    ];
    var CreateXMLClassifierRequest$ = [
      3,
      n0,
      _CXMLCR,
      0,
      [_Clas, _N, _RTo],
      [0, 0, 0],
      2
    ];
    var CsvClassifier$ = [
      3,
      n0,
      _CCs,
      0,
      [_N, _CTre, _LU, _Ver, _De, _QS, _CHo, _H, _DVT, _ASC, _CDC, _CDu, _Se],
      [0, 4, 4, 1, 0, 0, 0, 64 | 0, 2, 2, 2, 64 | 0, 0],
      1
    ];
    var CursorConfiguration$ = [
      3,
      n0,
      _CCur,
      0,
      [_NPe, _LP],
      [() => ExtractedParameter$, () => ExtractedParameter$],
      1
    ];
    var CustomAuthenticationProperties$ = [
      3,
      n0,
      _CAP,
      0,
      [_APu],
      [() => ConnectorPropertyList],
      1
    ];
    var CustomCode$ = [
      3,
      n0,
      _CCu,
      0,
      [_N, _I, _Cod, _CNl, _OS],
      [0, 64 | 0, 0, 0, () => GlueSchemas],
      4
    ];
    var CustomEntityType$ = [
      3,
      n0,
      _CETu,
      0,
      [_N, _RSe, _CW],
      [0, 0, 64 | 0],
      2
    ];
    var Database$ = [
      3,
      n0,
      _Dat,
      0,
      [_N, _D, _LUoc, _Par, _CTr, _CTDP, _TDar, _CI, _FD],
      [0, 0, 0, 128 | 0, 4, () => PrincipalPermissionsList, () => DatabaseIdentifier$, 0, () => FederatedDatabase$],
      1
    ];
    var DatabaseIdentifier$ = [
      3,
      n0,
      _DIa,
      0,
      [_CI, _DN, _Reg],
      [0, 0, 0]
    ];
    var DatabaseInput$ = [
      3,
      n0,
      _DI,
      0,
      [_N, _D, _LUoc, _Par, _CTDP, _TDar, _FD],
      [0, 0, 0, 128 | 0, () => PrincipalPermissionsList, () => DatabaseIdentifier$, () => FederatedDatabase$],
      1
    ];
    var DataCatalogEncryptionSettings$ = [
      3,
      n0,
      _DCES,
      0,
      [_EAR, _CPE],
      [() => EncryptionAtRest$, () => ConnectionPasswordEncryption$]
    ];
    var DataLakeAccessProperties$ = [
      3,
      n0,
      _DLAP,
      0,
      [_DLA, _DTR, _KK, _CTata],
      [2, 0, 0, 0]
    ];
    var DataLakeAccessPropertiesOutput$ = [
      3,
      n0,
      _DLAPO,
      0,
      [_DLA, _DTR, _KK, _MWN, _MWS, _RDN, _SM, _CTata],
      [2, 0, 0, 0, 0, 0, 0, 0]
    ];
    var DataLakePrincipal$ = [
      3,
      n0,
      _DLP,
      0,
      [_DLPI],
      [0]
    ];
    var DatapointInclusionAnnotation$ = [
      3,
      n0,
      _DIA,
      0,
      [_PI, _SI, _IAnc],
      [0, 0, 0]
    ];
    var DataQualityAggregatedMetrics$ = [
      3,
      n0,
      _DQAM,
      0,
      [_TRP, _TRPo, _TRF, _TRPot, _TRPota, _TRFo],
      [1, 1, 1, 1, 1, 1]
    ];
    var DataQualityAnalyzerResult$ = [
      3,
      n0,
      _DQAR,
      0,
      [_N, _D, _EMv, _EMva, _EDv],
      [0, [() => DataQualityRuleResultDescription, 0], [() => DataQualityRuleResultDescription, 0], [() => EvaluatedMetricsMap, 0], [() => EvaluatedDistributionsMap, 0]]
    ];
    var DataQualityConfigurationV2$ = [
      3,
      n0,
      _DQCV,
      0,
      [_OE, _OM],
      [0, 0]
    ];
    var DataQualityEncryption$ = [
      3,
      n0,
      _DQE,
      0,
      [_DQEM, _KKA],
      [0, 0]
    ];
    var DataQualityEvaluationConfigAdditionalRunOptions$ = [
      3,
      n0,
      _DQECARO,
      0,
      [_CWME, _RSP, _CREM, _RLR, _PR, _OSb, _OM, _DQRR, _OR, _CLGP],
      [2, 0, 0, () => RowLevelResultsOptions$, () => ProfilingResultsOptions$, 0, 0, () => DataQualityRuleResultsOptions$, () => ObservationResultsOptions$, 0]
    ];
    var DataQualityEvaluationConfigDataSource$ = [
      3,
      n0,
      _DQECDS,
      0,
      [_GTl],
      [() => DataQualityEvaluationConfigGlueTables$]
    ];
    var DataQualityEvaluationConfigGlueTables$ = [
      3,
      n0,
      _DQECGT,
      0,
      [_CI, _DN, _TNP, _PPQ, _CNo, _AOdd],
      [0, 0, 0, 0, 0, 128 | 0],
      1
    ];
    var DataQualityEvaluationConfigListDataSource$ = [
      3,
      n0,
      _DQECLDS,
      0,
      [_GTl],
      [() => DataQualityEvaluationConfigListGlueTables$]
    ];
    var DataQualityEvaluationConfigListDetails$ = [
      3,
      n0,
      _DQECLD,
      0,
      [_N, _ERM, _CO, _LMO, _L, _DSa, _RN, _MRN, _PRa],
      [0, 0, 4, 4, 0, () => DataQualityEvaluationConfigListDataSource$, 0, 0, 2]
    ];
    var DataQualityEvaluationConfigListGlueTables$ = [
      3,
      n0,
      _DQECLGT,
      0,
      [_CI, _DN, _TNP],
      [0, 0, 0],
      1
    ];
    var DataQualityEvaluationRunAdditionalRunOptions$ = [
      3,
      n0,
      _DQERARO,
      0,
      [_CWME, _RSP, _CREM, _CLGP, _RLR, _PR, _OSb, _OM, _DQRR, _OR],
      [2, 0, 0, 0, () => RowLevelResultsOptions$, () => ProfilingResultsOptions$, 0, 0, () => DataQualityRuleResultsOptions$, () => ObservationResultsOptions$]
    ];
    var DataQualityGlueTable$ = [
      3,
      n0,
      _DQGT,
      0,
      [_DN, _TN, _CI, _CNo, _AOdd, _PPQ],
      [0, 0, 0, 0, 128 | 0, 0],
      2
    ];
    var DataQualityMetricValues$ = [
      3,
      n0,
      _DQMV,
      0,
      [_AVc, _EV, _LL, _UL],
      [1, 1, 1, 1]
    ];
    var DataQualityObservation$ = [
      3,
      n0,
      _DQO,
      0,
      [_D, _MBO],
      [[() => DataQualityObservationDescription, 0], () => MetricBasedObservation$]
    ];
    var DataQualityResult$ = [
      3,
      n0,
      _DQR,
      0,
      [_RIes, _ERM, _DQEC, _PI, _Scor, _DSa, _RN, _EC, _SO, _COo, _JN, _JRI, _RERI, _RR, _AR, _O, _AMg],
      [0, 0, 0, 0, 1, () => DataSource$, 0, 0, 4, 4, 0, 0, 0, [() => DataQualityRuleResults, 0], [() => DataQualityAnalyzerResults, 0], [() => DataQualityObservations, 0], () => DataQualityAggregatedMetrics$]
    ];
    var DataQualityResultDescription$ = [
      3,
      n0,
      _DQRD,
      0,
      [_RIes, _ERM, _DQEC, _DSa, _JN, _JRI, _SO],
      [0, 0, 0, () => DataSource$, 0, 0, 4]
    ];
    var DataQualityResultFilterCriteria$ = [
      3,
      n0,
      _DQRFC,
      0,
      [_DSa, _JN, _JRI, _SAta, _SB, _ERM, _DQEC],
      [() => DataSource$, 0, 0, 4, 4, 0, 0]
    ];
    var DataQualityResultsV2Description$ = [
      3,
      n0,
      _DQRVD,
      0,
      [_RIes, _ERM, _DQEC, _DSa, _RPO, _Di, _EC, _Des],
      [0, 0, 0, () => DataSource$, 4, 128 | 0, 0, 128 | 0]
    ];
    var DataQualityResultsV2FilterCriteria$ = [
      3,
      n0,
      _DQRVFC,
      0,
      [_DSa, _PAu, _PB, _Di, _EC, _ERM, _DQEC],
      [() => DataSource$, 4, 4, 128 | 0, 0, 0, 0]
    ];
    var DataQualityResultV2Item$ = [
      3,
      n0,
      _DQRVI,
      0,
      [_RIes, _ERM, _DQEC, _DSa, _Di, _Tag, _ESO, _ECO, _RPO, _Scor, _RR, _AR, _O, _EC, _Des, _AMg, _RN],
      [0, 0, 0, () => DataSource$, 128 | 0, 128 | 0, 4, 4, 4, 1, [() => DataQualityRuleResults, 0], [() => DataQualityAnalyzerResults, 0], [() => DataQualityObservations, 0], 0, 128 | 0, () => DataQualityAggregatedMetrics$, 0],
      1
    ];
    var DataQualityRuleRecommendationRunAdditionalRunOptions$ = [
      3,
      n0,
      _DQRRRARO,
      0,
      [_CLGP],
      [0]
    ];
    var DataQualityRuleRecommendationRunDescription$ = [
      3,
      n0,
      _DQRRRD,
      0,
      [_RIun, _St, _SO, _DSa, _CRN, _RMe],
      [0, 0, 4, () => DataSource$, 0, 0]
    ];
    var DataQualityRuleRecommendationRunFilter$ = [
      3,
      n0,
      _DQRRRF,
      0,
      [_DSa, _SB, _SAta],
      [() => DataSource$, 4, 4],
      1
    ];
    var DataQualityRuleResult$ = [
      3,
      n0,
      _DQRRa,
      0,
      [_N, _D, _EMv, _Res, _EMva, _ER, _RMu, _Lab],
      [0, [() => DataQualityRuleResultDescription, 0], [() => DataQualityRuleResultDescription, 0], 0, [() => EvaluatedMetricsMap, 0], [() => DataQualityRuleResultDescription, 0], [() => RuleMetricsMap, 0], 128 | 0]
    ];
    var DataQualityRuleResultsOptions$ = [
      3,
      n0,
      _DQRRO,
      0,
      [_WDQRRE, _CTC],
      [2, () => CatalogTableConfigOptions$]
    ];
    var DataQualityRulesetEvaluationRun$ = [
      3,
      n0,
      _DQRER,
      0,
      [_RIun, _DSa, _Rol, _NOW, _T, _ARO, _St, _ES, _SO, _LMO, _COo, _ETx, _RNu, _RI, _ADS],
      [0, () => DataSource$, 0, 1, 1, () => DataQualityEvaluationRunAdditionalRunOptions$, 0, 0, 4, 4, 4, 1, 64 | 0, 64 | 0, () => DataSourceMap]
    ];
    var DataQualityRulesetEvaluationRunDescription$ = [
      3,
      n0,
      _DQRERD,
      0,
      [_RIun, _St, _SO, _DSa],
      [0, 0, 4, () => DataSource$]
    ];
    var DataQualityRulesetEvaluationRunFilter$ = [
      3,
      n0,
      _DQRERF,
      0,
      [_DSa, _SB, _SAta, _RN],
      [() => DataSource$, 4, 4, 0],
      1
    ];
    var DataQualityRulesetFilterCriteria$ = [
      3,
      n0,
      _DQRFCa,
      0,
      [_N, _D, _CB, _CA, _LMB, _LMA, _TT],
      [0, 0, 4, 4, 4, 4, () => DataQualityTargetTable$]
    ];
    var DataQualityRulesetListDetails$ = [
      3,
      n0,
      _DQRLD,
      0,
      [_N, _D, _CO, _LMO, _TT, _RRI, _RCu],
      [0, 0, 4, 4, () => DataQualityTargetTable$, 0, 1]
    ];
    var DataQualityTargetTable$ = [
      3,
      n0,
      _DQTT,
      0,
      [_TN, _DN, _CI],
      [0, 0, 0],
      2
    ];
    var DataQualityTelemetry$ = [
      3,
      n0,
      _DQT,
      0,
      [_VH, _FE, _LV, _SVp, _HRV, _Eng],
      [1, 128 | 0, 0, 0, 0, 0]
    ];
    var DataSource$ = [
      3,
      n0,
      _DSa,
      0,
      [_GTlu, _DQGT],
      [() => GlueTable$, () => DataQualityGlueTable$]
    ];
    var Datatype$ = [
      3,
      n0,
      _Data,
      0,
      [_Id, _Labe],
      [0, 0],
      2
    ];
    var DateColumnStatisticsData$ = [
      3,
      n0,
      _DCSD,
      0,
      [_NON, _NODV, _MVi, _MVax],
      [1, 1, 4, 4],
      2
    ];
    var DDBELTCatalogAdditionalOptions$ = [
      3,
      n0,
      _DDBELTCAO,
      0,
      [_DEy, _DUDDBJ],
      [0, 2]
    ];
    var DDBELTConnectionOptions$ = [
      3,
      n0,
      _DDBELTCO,
      0,
      [_DTA, _DEy, _DUDDBJ, _DSB, _DSP, _DSBO, _DSRA],
      [0, 0, 2, 0, 0, 0, 0],
      1
    ];
    var DecimalColumnStatisticsData$ = [
      3,
      n0,
      _DCSDe,
      0,
      [_NON, _NODV, _MVi, _MVax],
      [1, 1, () => DecimalNumber$, () => DecimalNumber$],
      2
    ];
    var DecimalNumber$ = [
      3,
      n0,
      _DNe,
      0,
      [_UV, _Sca],
      [21, 1],
      2
    ];
    var DeleteAssetRequest$ = [
      3,
      n0,
      _DAR,
      0,
      [_Ide],
      [[0, 1]],
      1
    ];
    var DeleteAssetResponse$ = [
      3,
      n0,
      _DARe,
      0,
      [],
      []
    ];
    var DeleteAssetTypeRequest$ = [
      3,
      n0,
      _DATR,
      0,
      [_Ide],
      [[0, 1]],
      1
    ];
    var DeleteAssetTypeResponse$ = [
      3,
      n0,
      _DATRe,
      0,
      [],
      []
    ];
    var DeleteAttachmentRequest$ = [
      3,
      n0,
      _DARel,
      0,
      [_AI, _AN, _IFN, _II],
      [[0, 1], [0, 1], [0, { [_hQ]: _iFN }], [0, { [_hQ]: _iI }]],
      2
    ];
    var DeleteAttachmentResponse$ = [
      3,
      n0,
      _DARele,
      0,
      [_AI, _IFN, _II],
      [0, 0, 0]
    ];
    var DeleteBlueprintRequest$ = [
      3,
      n0,
      _DBR,
      0,
      [_N],
      [0],
      1
    ];
    var DeleteBlueprintResponse$ = [
      3,
      n0,
      _DBRe,
      0,
      [_N],
      [0]
    ];
    var DeleteCatalogRequest$ = [
      3,
      n0,
      _DCR,
      0,
      [_CI],
      [0],
      1
    ];
    var DeleteCatalogResponse$ = [
      3,
      n0,
      _DCRe,
      0,
      [],
      []
    ];
    var DeleteClassifierRequest$ = [
      3,
      n0,
      _DCRel,
      0,
      [_N],
      [0],
      1
    ];
    var DeleteClassifierResponse$ = [
      3,
      n0,
      _DCRele,
      0,
      [],
      []
    ];
    var DeleteColumnStatisticsForPartitionRequest$ = [
      3,
      n0,
      _DCSFPR,
      0,
      [_DN, _TN, _PV, _CNol, _CI],
      [0, 0, 64 | 0, 0, 0],
      4
    ];
    var DeleteColumnStatisticsForPartitionResponse$ = [
      3,
      n0,
      _DCSFPRe,
      0,
      [],
      []
    ];
    var DeleteColumnStatisticsForTableRequest$ = [
      3,
      n0,
      _DCSFTR,
      0,
      [_DN, _TN, _CNol, _CI],
      [0, 0, 0, 0],
      3
    ];
    var DeleteColumnStatisticsForTableResponse$ = [
      3,
      n0,
      _DCSFTRe,
      0,
      [],
      []
    ];
    var DeleteColumnStatisticsTaskSettingsRequest$ = [
      3,
      n0,
      _DCSTSR,
      0,
      [_DN, _TN, _CID],
      [0, 0, 0],
      2
    ];
    var DeleteColumnStatisticsTaskSettingsResponse$ = [
      3,
      n0,
      _DCSTSRe,
      0,
      [],
      []
    ];
    var DeleteConnectionRequest$ = [
      3,
      n0,
      _DCRelet,
      0,
      [_CNo, _CI],
      [0, 0],
      1
    ];
    var DeleteConnectionResponse$ = [
      3,
      n0,
      _DCRelete,
      0,
      [],
      []
    ];
    var DeleteConnectionTypeRequest$ = [
      3,
      n0,
      _DCTR,
      0,
      [_CTo],
      [0],
      1
    ];
    var DeleteConnectionTypeResponse$ = [
      3,
      n0,
      _DCTRe,
      0,
      [],
      []
    ];
    var DeleteCrawlerRequest$ = [
      3,
      n0,
      _DCReleter,
      0,
      [_N],
      [0],
      1
    ];
    var DeleteCrawlerResponse$ = [
      3,
      n0,
      _DCReletera,
      0,
      [],
      []
    ];
    var DeleteCustomEntityTypeRequest$ = [
      3,
      n0,
      _DCETR,
      0,
      [_N],
      [0],
      1
    ];
    var DeleteCustomEntityTypeResponse$ = [
      3,
      n0,
      _DCETRe,
      0,
      [_N],
      [0]
    ];
    var DeleteDatabaseRequest$ = [
      3,
      n0,
      _DDR,
      0,
      [_N, _CI],
      [0, 0],
      1
    ];
    var DeleteDatabaseResponse$ = [
      3,
      n0,
      _DDRe,
      0,
      [],
      []
    ];
    var DeleteDataQualityEvaluationConfigRequest$ = [
      3,
      n0,
      _DDQECR,
      0,
      [_N],
      [0],
      1
    ];
    var DeleteDataQualityEvaluationConfigResponse$ = [
      3,
      n0,
      _DDQECRe,
      0,
      [],
      []
    ];
    var DeleteDataQualityRulesetRequest$ = [
      3,
      n0,
      _DDQRR,
      0,
      [_N],
      [0],
      1
    ];
    var DeleteDataQualityRulesetResponse$ = [
      3,
      n0,
      _DDQRRe,
      0,
      [],
      []
    ];
    var DeleteDevEndpointRequest$ = [
      3,
      n0,
      _DDER,
      0,
      [_EN],
      [0],
      1
    ];
    var DeleteDevEndpointResponse$ = [
      3,
      n0,
      _DDERe,
      0,
      [],
      []
    ];
    var DeleteFormTypeRequest$ = [
      3,
      n0,
      _DFTR,
      0,
      [_Ide],
      [[0, 1]],
      1
    ];
    var DeleteFormTypeResponse$ = [
      3,
      n0,
      _DFTRe,
      0,
      [],
      []
    ];
    var DeleteGlossaryRequest$ = [
      3,
      n0,
      _DGR,
      0,
      [_Ide],
      [[0, 1]],
      1
    ];
    var DeleteGlossaryResponse$ = [
      3,
      n0,
      _DGRe,
      0,
      [],
      []
    ];
    var DeleteGlossaryTermRequest$ = [
      3,
      n0,
      _DGTR,
      0,
      [_Ide],
      [[0, 1]],
      1
    ];
    var DeleteGlossaryTermResponse$ = [
      3,
      n0,
      _DGTRe,
      0,
      [],
      []
    ];
    var DeleteGlueIdentityCenterConfigurationRequest$ = [
      3,
      n0,
      _DGICCR,
      0,
      [],
      []
    ];
    var DeleteGlueIdentityCenterConfigurationResponse$ = [
      3,
      n0,
      _DGICCRe,
      0,
      [],
      []
    ];
    var DeleteIntegrationRequest$ = [
      3,
      n0,
      _DIR,
      0,
      [_IIn],
      [0],
      1
    ];
    var DeleteIntegrationResourcePropertyRequest$ = [
      3,
      n0,
      _DIRPR,
      0,
      [_RAe],
      [0],
      1
    ];
    var DeleteIntegrationResourcePropertyResponse$ = [
      3,
      n0,
      _DIRPRe,
      0,
      [],
      []
    ];
    var DeleteIntegrationResponse$ = [
      3,
      n0,
      _DIRe,
      0,
      [_SAo, _TA, _IN, _IAnt, _St, _CTr, _D, _KKI, _AEC, _Tag, _E, _DFa],
      [0, 0, 0, 0, 0, 4, 0, 0, 128 | 0, () => IntegrationTagsList, () => IntegrationErrorList, 0],
      6
    ];
    var DeleteIntegrationTablePropertiesRequest$ = [
      3,
      n0,
      _DITPR,
      0,
      [_RAe, _TN],
      [0, 0],
      2
    ];
    var DeleteIntegrationTablePropertiesResponse$ = [
      3,
      n0,
      _DITPRe,
      0,
      [],
      []
    ];
    var DeleteJobRequest$ = [
      3,
      n0,
      _DJR,
      0,
      [_JN],
      [0],
      1
    ];
    var DeleteJobResponse$ = [
      3,
      n0,
      _DJRe,
      0,
      [_JN],
      [0]
    ];
    var DeleteMLTransformRequest$ = [
      3,
      n0,
      _DMLTR,
      0,
      [_TIr],
      [0],
      1
    ];
    var DeleteMLTransformResponse$ = [
      3,
      n0,
      _DMLTRe,
      0,
      [_TIr],
      [0]
    ];
    var DeletePartitionIndexRequest$ = [
      3,
      n0,
      _DPIR,
      0,
      [_DN, _TN, _INn, _CI],
      [0, 0, 0, 0],
      3
    ];
    var DeletePartitionIndexResponse$ = [
      3,
      n0,
      _DPIRe,
      0,
      [],
      []
    ];
    var DeletePartitionRequest$ = [
      3,
      n0,
      _DPR,
      0,
      [_DN, _TN, _PV, _CI],
      [0, 0, 64 | 0, 0],
      3
    ];
    var DeletePartitionResponse$ = [
      3,
      n0,
      _DPRe,
      0,
      [],
      []
    ];
    var DeleteRegistryInput$ = [
      3,
      n0,
      _DRI,
      0,
      [_RIe],
      [() => RegistryId$],
      1
    ];
    var DeleteRegistryResponse$ = [
      3,
      n0,
      _DRR,
      0,
      [_RNe, _RAeg, _St],
      [0, 0, 0]
    ];
    var DeleteResourcePolicyRequest$ = [
      3,
      n0,
      _DRPR,
      0,
      [_PHC, _RAe],
      [0, 0]
    ];
    var DeleteResourcePolicyResponse$ = [
      3,
      n0,
      _DRPRe,
      0,
      [],
      []
    ];
    var DeleteSchemaInput$ = [
      3,
      n0,
      _DSI,
      0,
      [_SIc],
      [() => SchemaId$],
      1
    ];
    var DeleteSchemaResponse$ = [
      3,
      n0,
      _DSR,
      0,
      [_SAc, _SN, _St],
      [0, 0, 0]
    ];
    var DeleteSchemaVersionsInput$ = [
      3,
      n0,
      _DSVI,
      0,
      [_SIc, _Vers],
      [() => SchemaId$, 0],
      2
    ];
    var DeleteSchemaVersionsResponse$ = [
      3,
      n0,
      _DSVR,
      0,
      [_SVE],
      [() => SchemaVersionErrorList]
    ];
    var DeleteSecurityConfigurationRequest$ = [
      3,
      n0,
      _DSCR,
      0,
      [_N],
      [0],
      1
    ];
    var DeleteSecurityConfigurationResponse$ = [
      3,
      n0,
      _DSCRe,
      0,
      [],
      []
    ];
    var DeleteSessionRequest$ = [
      3,
      n0,
      _DSRe,
      0,
      [_Id, _RO],
      [0, 0],
      1
    ];
    var DeleteSessionResponse$ = [
      3,
      n0,
      _DSRel,
      0,
      [_Id],
      [0]
    ];
    var DeleteTableOptimizerRequest$ = [
      3,
      n0,
      _DTOR,
      0,
      [_CI, _DN, _TN, _Ty],
      [0, 0, 0, 0],
      4
    ];
    var DeleteTableOptimizerResponse$ = [
      3,
      n0,
      _DTORe,
      0,
      [],
      []
    ];
    var DeleteTableRequest$ = [
      3,
      n0,
      _DTRe,
      0,
      [_DN, _N, _CI, _TI],
      [0, 0, 0, 0],
      2
    ];
    var DeleteTableResponse$ = [
      3,
      n0,
      _DTRel,
      0,
      [],
      []
    ];
    var DeleteTableVersionRequest$ = [
      3,
      n0,
      _DTVR,
      0,
      [_DN, _TN, _VIe, _CI],
      [0, 0, 0, 0],
      3
    ];
    var DeleteTableVersionResponse$ = [
      3,
      n0,
      _DTVRe,
      0,
      [],
      []
    ];
    var DeleteTriggerRequest$ = [
      3,
      n0,
      _DTRele,
      0,
      [_N],
      [0],
      1
    ];
    var DeleteTriggerResponse$ = [
      3,
      n0,
      _DTRelet,
      0,
      [_N],
      [0]
    ];
    var DeleteUsageProfileRequest$ = [
      3,
      n0,
      _DUPR,
      0,
      [_N],
      [0],
      1
    ];
    var DeleteUsageProfileResponse$ = [
      3,
      n0,
      _DUPRe,
      0,
      [],
      []
    ];
    var DeleteUserDefinedFunctionRequest$ = [
      3,
      n0,
      _DUDFR,
      0,
      [_DN, _FNu, _CI],
      [0, 0, 0],
      2
    ];
    var DeleteUserDefinedFunctionResponse$ = [
      3,
      n0,
      _DUDFRe,
      0,
      [],
      []
    ];
    var DeleteWorkflowRequest$ = [
      3,
      n0,
      _DWR,
      0,
      [_N],
      [0],
      1
    ];
    var DeleteWorkflowResponse$ = [
      3,
      n0,
      _DWRe,
      0,
      [_N],
      [0]
    ];
    var DeltaTarget$ = [
      3,
      n0,
      _DTel,
      0,
      [_DTelt, _CNo, _WM, _CNDT],
      [64 | 0, 0, 2, 2]
    ];
    var DescribeConnectionTypeRequest$ = [
      3,
      n0,
      _DCTRes,
      0,
      [_CTo],
      [0],
      1
    ];
    var DescribeConnectionTypeResponse$ = [
      3,
      n0,
      _DCTResc,
      0,
      [_CTo, _D, _Ca, _CPo, _COon, _ACuth, _CECo, _PCR, _ACPt, _PCP, _SCPp, _RCe],
      [0, 0, () => Capabilities$, () => PropertiesMap, () => PropertiesMap, () => AuthConfiguration$, () => ComputeEnvironmentConfigurationMap, () => PropertiesMap, () => PropertiesMap, () => PropertiesMap, () => PropertiesMap, () => RestConfiguration$]
    ];
    var DescribeEntityRequest$ = [
      3,
      n0,
      _DER,
      0,
      [_CNo, _ENn, _CI, _NTe, _DSAV],
      [0, 0, 0, 0, 0],
      2
    ];
    var DescribeEntityResponse$ = [
      3,
      n0,
      _DERe,
      0,
      [_Fie, _NTe],
      [() => FieldsList, 0]
    ];
    var DescribeInboundIntegrationsRequest$ = [
      3,
      n0,
      _DIIR,
      0,
      [_IAnt, _Mar, _MRa, _TA],
      [0, 0, 1, 0]
    ];
    var DescribeInboundIntegrationsResponse$ = [
      3,
      n0,
      _DIIRe,
      0,
      [_IInb, _Mar],
      [() => InboundIntegrationsList, 0]
    ];
    var DescribeIntegrationsRequest$ = [
      3,
      n0,
      _DIRes,
      0,
      [_IIn, _Mar, _MRa, _Fil],
      [0, 0, 1, () => IntegrationFilterList]
    ];
    var DescribeIntegrationsResponse$ = [
      3,
      n0,
      _DIResc,
      0,
      [_In, _Mar],
      [() => IntegrationsList, 0]
    ];
    var DevEndpoint$ = [
      3,
      n0,
      _DEe,
      0,
      [_EN, _RA, _SGI, _SIu, _YEA, _PAr, _ZRSIP, _PAub, _St, _WT, _GV, _NOW, _NONu, _AZ, _VIp, _EPLSP, _EJSP, _FR, _LUS, _CTrea, _LMT, _PKu, _PKub, _SC, _Ar],
      [0, 0, 64 | 0, 0, 0, 0, 1, 0, 0, 0, 0, 1, 1, 0, 0, 0, 0, 0, 0, 4, 4, 0, 64 | 0, 0, 128 | 0]
    ];
    var DevEndpointCustomLibraries$ = [
      3,
      n0,
      _DECL,
      0,
      [_EPLSP, _EJSP],
      [0, 0]
    ];
    var DirectJDBCSource$ = [
      3,
      n0,
      _DJDBCS,
      0,
      [_N, _Dat, _Ta, _CNo, _CTo, _RTD, _OS],
      [0, 0, 0, 0, 0, 0, () => GlueSchemas],
      5
    ];
    var DirectKafkaSource$ = [
      3,
      n0,
      _DKSi,
      0,
      [_N, _SOt, _WS, _DS, _DPO],
      [0, () => KafkaStreamingSourceOptions$, 1, 2, () => StreamingDataPreviewOptions$],
      1
    ];
    var DirectKinesisSource$ = [
      3,
      n0,
      _DKS,
      0,
      [_N, _WS, _DS, _SOt, _DPO],
      [0, 1, 2, () => KinesisStreamingSourceOptions$, () => StreamingDataPreviewOptions$],
      1
    ];
    var DirectSchemaChangePolicy$ = [
      3,
      n0,
      _DSCP,
      0,
      [_EUC, _UB, _Ta, _Dat],
      [2, 0, 0, 0]
    ];
    var DisassociateGlossaryTermsRequest$ = [
      3,
      n0,
      _DGTRi,
      0,
      [_AI, _GTI, _IFN, _II, _CTl],
      [[0, 1], 64 | 0, 0, 0, [0, 4]],
      2
    ];
    var DisassociateGlossaryTermsResponse$ = [
      3,
      n0,
      _DGTRis,
      0,
      [_AI, _IFN, _II, _GT],
      [0, 0, 0, 64 | 0]
    ];
    var DistributionData$ = [
      3,
      n0,
      _DDi,
      0,
      [_BEi, _Cou, _DTa],
      [64 | 0, 64 | 1, 0]
    ];
    var DistributionResultsOptions$ = [
      3,
      n0,
      _DRO,
      0,
      [_WDRE, _CTC],
      [2, () => CatalogTableConfigOptions$]
    ];
    var DoubleColumnStatisticsData$ = [
      3,
      n0,
      _DCSDo,
      0,
      [_NON, _NODV, _MVi, _MVax],
      [1, 1, 1, 1],
      2
    ];
    var DQResultsPublishingOptions$ = [
      3,
      n0,
      _DQRPO,
      0,
      [_EC, _RSP, _CWME, _RPE],
      [0, 0, 2, 2]
    ];
    var DQStopJobOnFailureOptions$ = [
      3,
      n0,
      _DQSJOFO,
      0,
      [_SJOFT],
      [0]
    ];
    var DropDuplicates$ = [
      3,
      n0,
      _DD,
      0,
      [_N, _I, _Col],
      [0, 64 | 0, [1, n0, _LPL, 0, 64 | 0]],
      2
    ];
    var DropFields$ = [
      3,
      n0,
      _DFr,
      0,
      [_N, _I, _Pat],
      [0, 64 | 0, [1, n0, _GSPL, 0, 64 | 0]],
      3
    ];
    var DropNullFields$ = [
      3,
      n0,
      _DNF,
      0,
      [_N, _I, _NCBL, _NTL],
      [0, 64 | 0, () => NullCheckBoxList$, () => NullValueFields],
      2
    ];
    var DynamicTransform$ = [
      3,
      n0,
      _DT,
      0,
      [_N, _TNra, _I, _FNu, _Path, _Par, _Ver, _OS],
      [0, 0, 64 | 0, 0, 0, () => TransformConfigParameterList, 0, () => GlueSchemas],
      5
    ];
    var DynamoDBCatalogSource$ = [
      3,
      n0,
      _DDBCS,
      0,
      [_N, _Dat, _Ta, _PE, _AOdd],
      [0, 0, 0, 2, () => DDBELTCatalogAdditionalOptions$],
      3
    ];
    var DynamoDBELTConnectorSource$ = [
      3,
      n0,
      _DDBELTCS,
      0,
      [_N, _COon, _OS],
      [0, () => DDBELTConnectionOptions$, () => GlueSchemas],
      1
    ];
    var DynamoDBTarget$ = [
      3,
      n0,
      _DDBTy,
      0,
      [_Path, _sA, _sR],
      [0, 2, 1]
    ];
    var Edge$ = [
      3,
      n0,
      _Ed,
      0,
      [_SIo, _DIe],
      [0, 0]
    ];
    var EncryptionAtRest$ = [
      3,
      n0,
      _EAR,
      0,
      [_CEM, _SAKKI, _CESR],
      [0, 0, 0],
      1
    ];
    var EncryptionConfiguration$ = [
      3,
      n0,
      _ECn,
      0,
      [_SEn, _CWE, _JBE, _DQE],
      [() => S3EncryptionList, () => CloudWatchEncryption$, () => JobBookmarksEncryption$, () => DataQualityEncryption$]
    ];
    var Entity$ = [
      3,
      n0,
      _Ent,
      0,
      [_ENn, _Labe, _IPE, _D, _Categ, _CPu],
      [0, 0, 2, 0, 0, 128 | 0]
    ];
    var EntityConfiguration$ = [
      3,
      n0,
      _ECnt,
      0,
      [_SCo, _S],
      [() => SourceConfiguration$, () => FieldDefinitionMap]
    ];
    var ErrorDetail$ = [
      3,
      n0,
      _ED,
      0,
      [_ECr, _EM],
      [0, 0]
    ];
    var ErrorDetails$ = [
      3,
      n0,
      _EDr,
      0,
      [_ECr, _EM],
      [0, 0]
    ];
    var EvaluateDataQuality$ = [
      3,
      n0,
      _EDQ,
      0,
      [_N, _I, _Rul, _Ou, _PO, _SJOFO],
      [0, 64 | 0, 0, 0, () => DQResultsPublishingOptions$, () => DQStopJobOnFailureOptions$],
      3
    ];
    var EvaluateDataQualityMultiFrame$ = [
      3,
      n0,
      _EDQMF,
      0,
      [_N, _I, _Rul, _ADS, _PO, _AOdd, _SJOFO],
      [0, 64 | 0, 0, 128 | 0, () => DQResultsPublishingOptions$, 128 | 0, () => DQStopJobOnFailureOptions$],
      3
    ];
    var EvaluationMetrics$ = [
      3,
      n0,
      _EMval,
      0,
      [_TTr, _FMM],
      [0, () => FindMatchesMetrics$],
      1
    ];
    var EventBatchingCondition$ = [
      3,
      n0,
      _EBC,
      0,
      [_BS, _BW],
      [1, 1],
      1
    ];
    var ExecutionAttempt$ = [
      3,
      n0,
      _EAx,
      0,
      [_St, _CSTRI, _ETxe, _EM],
      [0, 0, 4, 0]
    ];
    var ExecutionProperty$ = [
      3,
      n0,
      _EP,
      0,
      [_MCR],
      [1]
    ];
    var ExportEncryptionConfiguration$ = [
      3,
      n0,
      _EEC,
      0,
      [_SAs, _KKA],
      [0, 0]
    ];
    var ExportLabelsTaskRunProperties$ = [
      3,
      n0,
      _ELTRP,
      0,
      [_OSP],
      [0]
    ];
    var ExtractedParameter$ = [
      3,
      n0,
      _EPx,
      0,
      [_K, _DV, _PL, _V],
      [0, 0, 0, () => ResponseExtractionMapping$]
    ];
    var FederatedCatalog$ = [
      3,
      n0,
      _FC,
      0,
      [_Ide, _CNo, _CTo],
      [0, 0, 0]
    ];
    var FederatedDatabase$ = [
      3,
      n0,
      _FD,
      0,
      [_Ide, _CNo, _CTo],
      [0, 0, 0]
    ];
    var FederatedTable$ = [
      3,
      n0,
      _FT,
      0,
      [_Ide, _DIa, _CNo, _CTo],
      [0, 0, 0, 0]
    ];
    var Field$ = [
      3,
      n0,
      _Fiel,
      0,
      [_FN, _Labe, _D, _FTi, _IPK, _INs, _IRs, _IF, _IP, _ICs, _IU, _IUs, _IDOC, _SVu, _SFO, _PF, _NDT, _CPu],
      [0, 0, 0, 0, 2, 2, 2, 2, 2, 2, 2, 2, 2, 64 | 0, 64 | 0, 0, 0, 128 | 0]
    ];
    var FieldDefinition$ = [
      3,
      n0,
      _FDi,
      0,
      [_N, _FDT, _RDF, _IP, _INs, _IQ, _IO, _FOi],
      [0, 0, 0, 2, 2, 2, 2, () => FilterOverrides$],
      2
    ];
    var FillMissingValues$ = [
      3,
      n0,
      _FMV,
      0,
      [_N, _I, _IPm, _FP],
      [0, 64 | 0, 0, 0],
      3
    ];
    var Filter$ = [
      3,
      n0,
      _Fi,
      0,
      [_N, _I, _LO, _Fil],
      [0, 64 | 0, 0, () => FilterExpressions],
      4
    ];
    var FilterConfiguration$ = [
      3,
      n0,
      _FCi,
      0,
      [_FM, _OMp, _DTF, _SQt, _BC, _FSC],
      [0, 128 | 0, 0, 2, () => BetweenConfiguration$, () => FilterStringConfiguration$],
      1
    ];
    var FilterExpression$ = [
      3,
      n0,
      _FEi,
      0,
      [_Op, _Val, _Ne],
      [0, () => FilterValues, 2],
      2
    ];
    var FilterOverrides$ = [
      3,
      n0,
      _FOi,
      0,
      [_FN, _OMp, _BC, _DTF],
      [0, 128 | 0, () => BetweenConfiguration$, 0]
    ];
    var FilterStringConfiguration$ = [
      3,
      n0,
      _FSC,
      0,
      [_QPN, _QSV, _QC],
      [0, 2, 0],
      1
    ];
    var FilterValue$ = [
      3,
      n0,
      _FVi,
      0,
      [_Ty, _V],
      [0, 64 | 0],
      2
    ];
    var FindMatchesMetrics$ = [
      3,
      n0,
      _FMM,
      0,
      [_AUPRC, _Prec, _Reca, _F_, _CMo, _CIol],
      [1, 1, 1, 1, () => ConfusionMatrix$, () => ColumnImportanceList]
    ];
    var FindMatchesParameters$ = [
      3,
      n0,
      _FMP,
      0,
      [_PKCN, _PRT, _ACT, _EPL],
      [0, 1, 1, 2]
    ];
    var FindMatchesTaskRunProperties$ = [
      3,
      n0,
      _FMTRP,
      0,
      [_JI, _JN, _JRI],
      [0, 0, 0]
    ];
    var FormTypeItem$ = [
      3,
      n0,
      _FTIor,
      0,
      [_Id, _N],
      [0, 0]
    ];
    var GetAssetInput$ = [
      3,
      n0,
      _GAI,
      0,
      [_Ide],
      [[0, 1]],
      1
    ];
    var GetAssetOutput$ = [
      3,
      n0,
      _GAO,
      0,
      [_Id, _ATIs, _N, _D, _CAr, _UA, _GT, _For, _At, _IFt],
      [0, 0, 0, 0, 4, 4, 64 | 0, () => AssetFormMap, () => AssetFormMap, () => IterableFormMap],
      2
    ];
    var GetAssetTypeRequest$ = [
      3,
      n0,
      _GATR,
      0,
      [_Ide],
      [[0, 1]],
      1
    ];
    var GetAssetTypeResponse$ = [
      3,
      n0,
      _GATRe,
      0,
      [_Id, _N, _For],
      [0, 0, () => AssetTypeFormsMap]
    ];
    var GetBlueprintRequest$ = [
      3,
      n0,
      _GBR,
      0,
      [_N, _IB, _IPS],
      [0, 2, 2],
      1
    ];
    var GetBlueprintResponse$ = [
      3,
      n0,
      _GBRe,
      0,
      [_Bl],
      [() => Blueprint$]
    ];
    var GetBlueprintRunRequest$ = [
      3,
      n0,
      _GBRR,
      0,
      [_BN, _RIun],
      [0, 0],
      2
    ];
    var GetBlueprintRunResponse$ = [
      3,
      n0,
      _GBRRe,
      0,
      [_BR],
      [() => BlueprintRun$]
    ];
    var GetBlueprintRunsRequest$ = [
      3,
      n0,
      _GBRRet,
      0,
      [_BN, _NTe, _MRax],
      [0, 0, 1],
      1
    ];
    var GetBlueprintRunsResponse$ = [
      3,
      n0,
      _GBRRetl,
      0,
      [_BRl, _NTe],
      [() => BlueprintRuns, 0]
    ];
    var GetCatalogImportStatusRequest$ = [
      3,
      n0,
      _GCISR,
      0,
      [_CI],
      [0]
    ];
    var GetCatalogImportStatusResponse$ = [
      3,
      n0,
      _GCISRe,
      0,
      [_IS],
      [() => CatalogImportStatus$]
    ];
    var GetCatalogRequest$ = [
      3,
      n0,
      _GCR,
      0,
      [_CI],
      [0],
      1
    ];
    var GetCatalogResponse$ = [
      3,
      n0,
      _GCRe,
      0,
      [_Cat],
      [() => Catalog$]
    ];
    var GetCatalogsRequest$ = [
      3,
      n0,
      _GCRet,
      0,
      [_PCI, _NTe, _MRax, _Recu, _IRn, _HD],
      [0, 0, 1, 2, 2, 2]
    ];
    var GetCatalogsResponse$ = [
      3,
      n0,
      _GCReta,
      0,
      [_CLa, _NTe],
      [() => CatalogList, 0],
      1
    ];
    var GetClassifierRequest$ = [
      3,
      n0,
      _GCRetl,
      0,
      [_N],
      [0],
      1
    ];
    var GetClassifierResponse$ = [
      3,
      n0,
      _GCRetla,
      0,
      [_Cl],
      [() => Classifier$]
    ];
    var GetClassifiersRequest$ = [
      3,
      n0,
      _GCRetlas,
      0,
      [_MRax, _NTe],
      [1, 0]
    ];
    var GetClassifiersResponse$ = [
      3,
      n0,
      _GCRetlass,
      0,
      [_Cla, _NTe],
      [() => ClassifierList, 0]
    ];
    var GetColumnStatisticsForPartitionRequest$ = [
      3,
      n0,
      _GCSFPR,
      0,
      [_DN, _TN, _PV, _CNolu, _CI],
      [0, 0, 64 | 0, 64 | 0, 0],
      4
    ];
    var GetColumnStatisticsForPartitionResponse$ = [
      3,
      n0,
      _GCSFPRe,
      0,
      [_CSL, _E],
      [() => ColumnStatisticsList, () => ColumnErrors]
    ];
    var GetColumnStatisticsForTableRequest$ = [
      3,
      n0,
      _GCSFTR,
      0,
      [_DN, _TN, _CNolu, _CI],
      [0, 0, 64 | 0, 0],
      3
    ];
    var GetColumnStatisticsForTableResponse$ = [
      3,
      n0,
      _GCSFTRe,
      0,
      [_CSL, _E],
      [() => ColumnStatisticsList, () => ColumnErrors]
    ];
    var GetColumnStatisticsTaskRunRequest$ = [
      3,
      n0,
      _GCSTRR,
      0,
      [_CSTRI],
      [0],
      1
    ];
    var GetColumnStatisticsTaskRunResponse$ = [
      3,
      n0,
      _GCSTRRe,
      0,
      [_CSTR],
      [() => ColumnStatisticsTaskRun$]
    ];
    var GetColumnStatisticsTaskRunsRequest$ = [
      3,
      n0,
      _GCSTRRet,
      0,
      [_DN, _TN, _MRax, _NTe, _CID],
      [0, 0, 1, 0, 0],
      2
    ];
    var GetColumnStatisticsTaskRunsResponse$ = [
      3,
      n0,
      _GCSTRReto,
      0,
      [_CSTRo, _NTe],
      [() => ColumnStatisticsTaskRunsList, 0]
    ];
    var GetColumnStatisticsTaskSettingsRequest$ = [
      3,
      n0,
      _GCSTSR,
      0,
      [_DN, _TN, _CID],
      [0, 0, 0],
      2
    ];
    var GetColumnStatisticsTaskSettingsResponse$ = [
      3,
      n0,
      _GCSTSRe,
      0,
      [_CSTS],
      [() => ColumnStatisticsTaskSettings$]
    ];
    var GetConnectionRequest$ = [
      3,
      n0,
      _GCReto,
      0,
      [_N, _CI, _HP, _AOFCE],
      [0, 0, 2, 0],
      1
    ];
    var GetConnectionResponse$ = [
      3,
      n0,
      _GCReton,
      0,
      [_Co],
      [() => Connection$]
    ];
    var GetConnectionsFilter$ = [
      3,
      n0,
      _GCF,
      0,
      [_MCa, _CTo, _CSV],
      [64 | 0, 0, 1]
    ];
    var GetConnectionsRequest$ = [
      3,
      n0,
      _GCRetonn,
      0,
      [_CI, _Fi, _HP, _NTe, _MRax],
      [0, () => GetConnectionsFilter$, 2, 0, 1]
    ];
    var GetConnectionsResponse$ = [
      3,
      n0,
      _GCRetonne,
      0,
      [_CLo, _NTe],
      [() => ConnectionList, 0]
    ];
    var GetCrawlerMetricsRequest$ = [
      3,
      n0,
      _GCMR,
      0,
      [_CNLr, _MRax, _NTe],
      [64 | 0, 1, 0]
    ];
    var GetCrawlerMetricsResponse$ = [
      3,
      n0,
      _GCMRe,
      0,
      [_CML, _NTe],
      [() => CrawlerMetricsList, 0]
    ];
    var GetCrawlerRequest$ = [
      3,
      n0,
      _GCRetr,
      0,
      [_N],
      [0],
      1
    ];
    var GetCrawlerResponse$ = [
      3,
      n0,
      _GCRetra,
      0,
      [_Craw],
      [() => Crawler$]
    ];
    var GetCrawlersRequest$ = [
      3,
      n0,
      _GCRetraw,
      0,
      [_MRax, _NTe],
      [1, 0]
    ];
    var GetCrawlersResponse$ = [
      3,
      n0,
      _GCRetrawl,
      0,
      [_Cr, _NTe],
      [() => CrawlerList, 0]
    ];
    var GetCustomEntityTypeRequest$ = [
      3,
      n0,
      _GCETR,
      0,
      [_N],
      [0],
      1
    ];
    var GetCustomEntityTypeResponse$ = [
      3,
      n0,
      _GCETRe,
      0,
      [_N, _RSe, _CW],
      [0, 0, 64 | 0]
    ];
    var GetDashboardUrlRequest$ = [
      3,
      n0,
      _GDUR,
      0,
      [_RIeso, _RTes, _RO],
      [0, 0, 0],
      2
    ];
    var GetDashboardUrlResponse$ = [
      3,
      n0,
      _GDURe,
      0,
      [_Ur],
      [[() => SensitiveUrl, 0]],
      1
    ];
    var GetDatabaseRequest$ = [
      3,
      n0,
      _GDR,
      0,
      [_N, _CI],
      [0, 0],
      1
    ];
    var GetDatabaseResponse$ = [
      3,
      n0,
      _GDRe,
      0,
      [_Dat],
      [() => Database$]
    ];
    var GetDatabasesRequest$ = [
      3,
      n0,
      _GDRet,
      0,
      [_CI, _NTe, _MRax, _RST, _ATG],
      [0, 0, 1, 0, 64 | 0]
    ];
    var GetDatabasesResponse$ = [
      3,
      n0,
      _GDReta,
      0,
      [_DL, _NTe],
      [() => DatabaseList, 0],
      1
    ];
    var GetDataCatalogEncryptionSettingsRequest$ = [
      3,
      n0,
      _GDCESR,
      0,
      [_CI],
      [0]
    ];
    var GetDataCatalogEncryptionSettingsResponse$ = [
      3,
      n0,
      _GDCESRe,
      0,
      [_DCES],
      [() => DataCatalogEncryptionSettings$]
    ];
    var GetDataCatalogExportConfigurationInput$ = [
      3,
      n0,
      _GDCECI,
      0,
      [],
      []
    ];
    var GetDataCatalogExportConfigurationOutput$ = [
      3,
      n0,
      _GDCECO,
      0,
      [_ESx, _St, _ECn, _STBA, _CAr, _UA],
      [0, 0, () => ExportEncryptionConfiguration$, 0, 4, 4]
    ];
    var GetDataflowGraphRequest$ = [
      3,
      n0,
      _GDGR,
      0,
      [_PSy],
      [0]
    ];
    var GetDataflowGraphResponse$ = [
      3,
      n0,
      _GDGRe,
      0,
      [_DNa, _DEa],
      [() => DagNodes, () => DagEdges]
    ];
    var GetDataQualityEvaluationConfigRequest$ = [
      3,
      n0,
      _GDQECR,
      0,
      [_N],
      [0],
      1
    ];
    var GetDataQualityEvaluationConfigResponse$ = [
      3,
      n0,
      _GDQECRe,
      0,
      [_N, _ERM, _CO, _LMO, _L, _DSa, _RN, _MRN, _Tr, _SEc, _SAt, _EA, _PRa, _Rol, _NOW, _T, _ARO, _ADS],
      [0, 0, 4, 4, 0, () => DataQualityEvaluationConfigDataSource$, 0, 0, 64 | 0, 0, 4, 4, 2, 0, 1, 1, () => DataQualityEvaluationConfigAdditionalRunOptions$, () => DataSourceMap]
    ];
    var GetDataQualityModelRequest$ = [
      3,
      n0,
      _GDQMR,
      0,
      [_PI, _SI],
      [0, 0],
      1
    ];
    var GetDataQualityModelResponse$ = [
      3,
      n0,
      _GDQMRe,
      0,
      [_St, _SO, _COo, _FR],
      [0, 4, 4, 0]
    ];
    var GetDataQualityModelResultRequest$ = [
      3,
      n0,
      _GDQMRR,
      0,
      [_SI, _PI],
      [0, 0],
      2
    ];
    var GetDataQualityModelResultResponse$ = [
      3,
      n0,
      _GDQMRRe,
      0,
      [_COo, _Mo],
      [4, () => StatisticModelResults]
    ];
    var GetDataQualityResultRequest$ = [
      3,
      n0,
      _GDQRR,
      0,
      [_RIes],
      [0],
      1
    ];
    var GetDataQualityResultResponse$ = [
      3,
      n0,
      _GDQRRe,
      0,
      [_RIes, _ERM, _DQEC, _PI, _Scor, _DSa, _RN, _EC, _SO, _COo, _JN, _JRI, _RERI, _RR, _AR, _O, _AMg],
      [0, 0, 0, 0, 1, () => DataSource$, 0, 0, 4, 4, 0, 0, 0, [() => DataQualityRuleResults, 0], [() => DataQualityAnalyzerResults, 0], [() => DataQualityObservations, 0], () => DataQualityAggregatedMetrics$]
    ];
    var GetDataQualityResultV2Request$ = [
      3,
      n0,
      _GDQRVR,
      0,
      [_RIes],
      [0],
      1
    ];
    var GetDataQualityResultV2Response$ = [
      3,
      n0,
      _GDQRVRe,
      0,
      [_RIes, _ERM, _DQEC, _DSa, _PI, _Di, _Tag, _ESO, _ECO, _RPO, _Scor, _RR, _AR, _O, _EC, _Des, _AMg, _RN],
      [0, 0, 0, () => DataSource$, 0, 128 | 0, 128 | 0, 4, 4, 4, 1, [() => DataQualityRuleResults, 0], [() => DataQualityAnalyzerResults, 0], [() => DataQualityObservations, 0], 0, 128 | 0, () => DataQualityAggregatedMetrics$, 0]
    ];
    var GetDataQualityRuleRecommendationRunRequest$ = [
      3,
      n0,
      _GDQRRRR,
      0,
      [_RIun],
      [0],
      1
    ];
    var GetDataQualityRuleRecommendationRunResponse$ = [
      3,
      n0,
      _GDQRRRRe,
      0,
      [_RIun, _DSa, _Rol, _NOW, _T, _St, _ES, _SO, _LMO, _COo, _ETx, _RRe, _CRN, _DQSC, _ARO, _RMe],
      [0, () => DataSource$, 0, 1, 1, 0, 0, 4, 4, 4, 1, 0, 0, 0, () => DataQualityRuleRecommendationRunAdditionalRunOptions$, 0]
    ];
    var GetDataQualityRulesetEvaluationRunRequest$ = [
      3,
      n0,
      _GDQRERR,
      0,
      [_RIun],
      [0],
      1
    ];
    var GetDataQualityRulesetEvaluationRunResponse$ = [
      3,
      n0,
      _GDQRERRe,
      0,
      [_RIun, _DSa, _Rol, _NOW, _T, _ARO, _St, _ES, _SO, _LMO, _COo, _ETx, _RNu, _RI, _ADS],
      [0, () => DataSource$, 0, 1, 1, () => DataQualityEvaluationRunAdditionalRunOptions$, 0, 0, 4, 4, 4, 1, 64 | 0, 64 | 0, () => DataSourceMap]
    ];
    var GetDataQualityRulesetRequest$ = [
      3,
      n0,
      _GDQRRet,
      0,
      [_N],
      [0],
      1
    ];
    var GetDataQualityRulesetResponse$ = [
      3,
      n0,
      _GDQRReta,
      0,
      [_N, _D, _Rul, _TT, _CO, _LMO, _RRI, _DQSC],
      [0, 0, 0, () => DataQualityTargetTable$, 4, 4, 0, 0]
    ];
    var GetDevEndpointRequest$ = [
      3,
      n0,
      _GDER,
      0,
      [_EN],
      [0],
      1
    ];
    var GetDevEndpointResponse$ = [
      3,
      n0,
      _GDERe,
      0,
      [_DEe],
      [() => DevEndpoint$]
    ];
    var GetDevEndpointsRequest$ = [
      3,
      n0,
      _GDERet,
      0,
      [_MRax, _NTe],
      [1, 0]
    ];
    var GetDevEndpointsResponse$ = [
      3,
      n0,
      _GDERete,
      0,
      [_DE, _NTe],
      [() => DevEndpointList, 0]
    ];
    var GetEntityRecordsRequest$ = [
      3,
      n0,
      _GERR,
      0,
      [_ENn, _Li, _CNo, _CI, _NTe, _DSAV, _COon, _FPi, _OB, _SFe],
      [0, 1, 0, 0, 0, 0, 128 | 0, 0, 0, 64 | 0],
      2
    ];
    var GetEntityRecordsResponse$ = [
      3,
      n0,
      _GERRe,
      0,
      [_Reco, _NTe],
      [[() => Records, 0], 0]
    ];
    var GetFormTypeRequest$ = [
      3,
      n0,
      _GFTR,
      0,
      [_Ide],
      [[0, 1]],
      1
    ];
    var GetFormTypeResponse$ = [
      3,
      n0,
      _GFTRe,
      0,
      [_Id, _N, _S],
      [0, 0, 0]
    ];
    var GetGlossaryRequest$ = [
      3,
      n0,
      _GGR,
      0,
      [_Ide],
      [[0, 1]],
      1
    ];
    var GetGlossaryResponse$ = [
      3,
      n0,
      _GGRe,
      0,
      [_Id, _N, _D],
      [0, 0, 0]
    ];
    var GetGlossaryTermRequest$ = [
      3,
      n0,
      _GGTR,
      0,
      [_Ide],
      [[0, 1]],
      1
    ];
    var GetGlossaryTermResponse$ = [
      3,
      n0,
      _GGTRe,
      0,
      [_Id, _GIl, _N, _SDh, _LD],
      [0, 0, 0, 0, 0]
    ];
    var GetGlueIdentityCenterConfigurationRequest$ = [
      3,
      n0,
      _GGICCR,
      0,
      [],
      []
    ];
    var GetGlueIdentityCenterConfigurationResponse$ = [
      3,
      n0,
      _GGICCRe,
      0,
      [_AA, _IAn, _Sco, _UBSE],
      [0, 0, 64 | 0, 2]
    ];
    var GetIntegrationResourcePropertyRequest$ = [
      3,
      n0,
      _GIRPR,
      0,
      [_RAe],
      [0],
      1
    ];
    var GetIntegrationResourcePropertyResponse$ = [
      3,
      n0,
      _GIRPRe,
      0,
      [_RAe, _RPA, _SPP, _TPP],
      [0, 0, () => SourceProcessingProperties$, () => TargetProcessingProperties$]
    ];
    var GetIntegrationTablePropertiesRequest$ = [
      3,
      n0,
      _GITPR,
      0,
      [_RAe, _TN],
      [0, 0],
      2
    ];
    var GetIntegrationTablePropertiesResponse$ = [
      3,
      n0,
      _GITPRe,
      0,
      [_RAe, _TN, _STC, _TTC],
      [0, 0, () => SourceTableConfig$, () => TargetTableConfig$]
    ];
    var GetJobBookmarkRequest$ = [
      3,
      n0,
      _GJBR,
      0,
      [_JN, _RIun],
      [0, 0],
      1
    ];
    var GetJobBookmarkResponse$ = [
      3,
      n0,
      _GJBRe,
      0,
      [_JBEo],
      [() => JobBookmarkEntry$]
    ];
    var GetJobRequest$ = [
      3,
      n0,
      _GJR,
      0,
      [_JN],
      [0],
      1
    ];
    var GetJobResponse$ = [
      3,
      n0,
      _GJRe,
      0,
      [_Job],
      [[() => Job$, 0]]
    ];
    var GetJobRunRequest$ = [
      3,
      n0,
      _GJRR,
      0,
      [_JN, _RIun, _PIr],
      [0, 0, 2],
      2
    ];
    var GetJobRunResponse$ = [
      3,
      n0,
      _GJRRe,
      0,
      [_JR],
      [() => JobRun$]
    ];
    var GetJobRunsRequest$ = [
      3,
      n0,
      _GJRRet,
      0,
      [_JN, _NTe, _MRax],
      [0, 0, 1],
      1
    ];
    var GetJobRunsResponse$ = [
      3,
      n0,
      _GJRReto,
      0,
      [_JRo, _NTe],
      [() => JobRunList, 0]
    ];
    var GetJobsRequest$ = [
      3,
      n0,
      _GJRet,
      0,
      [_NTe, _MRax],
      [0, 1]
    ];
    var GetJobsResponse$ = [
      3,
      n0,
      _GJReto,
      0,
      [_J, _NTe],
      [[() => JobList, 0], 0]
    ];
    var GetJobUpgradeAnalysisRequest$ = [
      3,
      n0,
      _GJUAR,
      0,
      [_aI, _jN],
      [0, 0],
      2
    ];
    var GetJobUpgradeAnalysisResponse$ = [
      3,
      n0,
      _GJUARe,
      0,
      [_jN, _aI, _st, _tV, _sV, _aT, _aUES, _eM, _aUESu],
      [0, 0, 0, 0, 0, 0, 0, 0, 0],
      4
    ];
    var GetMappingRequest$ = [
      3,
      n0,
      _GMR,
      0,
      [_So, _Si, _Lo],
      [() => CatalogEntry$, () => CatalogEntries, () => Location$],
      1
    ];
    var GetMappingResponse$ = [
      3,
      n0,
      _GMRe,
      0,
      [_Ma],
      [() => MappingList],
      1
    ];
    var GetMaterializedViewRefreshTaskRunRequest$ = [
      3,
      n0,
      _GMVRTRR,
      0,
      [_CI, _MVRTRI],
      [0, 0],
      2
    ];
    var GetMaterializedViewRefreshTaskRunResponse$ = [
      3,
      n0,
      _GMVRTRRe,
      0,
      [_MVRTR],
      [() => MaterializedViewRefreshTaskRun$]
    ];
    var GetMLTaskRunRequest$ = [
      3,
      n0,
      _GMLTRR,
      0,
      [_TIr, _TRI],
      [0, 0],
      2
    ];
    var GetMLTaskRunResponse$ = [
      3,
      n0,
      _GMLTRRe,
      0,
      [_TIr, _TRI, _St, _LGN, _Pro, _ES, _SO, _LMO, _COo, _ETx],
      [0, 0, 0, 0, () => TaskRunProperties$, 0, 4, 4, 4, 1]
    ];
    var GetMLTaskRunsRequest$ = [
      3,
      n0,
      _GMLTRRet,
      0,
      [_TIr, _NTe, _MRax, _Fi, _Sor],
      [0, 0, 1, () => TaskRunFilterCriteria$, () => TaskRunSortCriteria$],
      1
    ];
    var GetMLTaskRunsResponse$ = [
      3,
      n0,
      _GMLTRReta,
      0,
      [_TR, _NTe],
      [() => TaskRunList, 0]
    ];
    var GetMLTransformRequest$ = [
      3,
      n0,
      _GMLTR,
      0,
      [_TIr],
      [0],
      1
    ];
    var GetMLTransformResponse$ = [
      3,
      n0,
      _GMLTRe,
      0,
      [_TIr, _N, _D, _St, _CO, _LMO, _IRT, _Par, _EMval, _LCab, _S, _Rol, _GV, _MCax, _WT, _NOW, _T, _MR, _TEr],
      [0, 0, 0, 0, 4, 4, () => GlueTables, () => TransformParameters$, () => EvaluationMetrics$, 1, () => TransformSchema, 0, 0, 1, 0, 1, 1, 1, () => TransformEncryption$]
    ];
    var GetMLTransformsRequest$ = [
      3,
      n0,
      _GMLTRet,
      0,
      [_NTe, _MRax, _Fi, _Sor],
      [0, 1, () => TransformFilterCriteria$, () => TransformSortCriteria$]
    ];
    var GetMLTransformsResponse$ = [
      3,
      n0,
      _GMLTRetr,
      0,
      [_Tra, _NTe],
      [() => TransformList, 0],
      1
    ];
    var GetPartitionIndexesRequest$ = [
      3,
      n0,
      _GPIR,
      0,
      [_DN, _TN, _CI, _NTe],
      [0, 0, 0, 0],
      2
    ];
    var GetPartitionIndexesResponse$ = [
      3,
      n0,
      _GPIRe,
      0,
      [_PIDL, _NTe],
      [() => PartitionIndexDescriptorList, 0]
    ];
    var GetPartitionRequest$ = [
      3,
      n0,
      _GPR,
      0,
      [_DN, _TN, _PV, _CI, _ACu],
      [0, 0, 64 | 0, 0, () => AuditContext$],
      3
    ];
    var GetPartitionResponse$ = [
      3,
      n0,
      _GPRe,
      0,
      [_Part],
      [() => Partition$]
    ];
    var GetPartitionsRequest$ = [
      3,
      n0,
      _GPRet,
      0,
      [_DN, _TN, _CI, _Ex, _NTe, _Seg, _MRax, _ECS, _TI, _QAOT, _ACu],
      [0, 0, 0, 0, 0, () => Segment$, 1, 2, 0, 4, () => AuditContext$],
      2
    ];
    var GetPartitionsResponse$ = [
      3,
      n0,
      _GPReta,
      0,
      [_Pa, _NTe],
      [() => PartitionList, 0]
    ];
    var GetPlanRequest$ = [
      3,
      n0,
      _GPRetl,
      0,
      [_Ma, _So, _Si, _Lo, _La, _APOM],
      [() => MappingList, () => CatalogEntry$, () => CatalogEntries, () => Location$, 0, 128 | 0],
      2
    ];
    var GetPlanResponse$ = [
      3,
      n0,
      _GPRetla,
      0,
      [_PSy, _SCca],
      [0, 0]
    ];
    var GetRegistryInput$ = [
      3,
      n0,
      _GRI,
      0,
      [_RIe],
      [() => RegistryId$],
      1
    ];
    var GetRegistryResponse$ = [
      3,
      n0,
      _GRR,
      0,
      [_RNe, _RAeg, _D, _St, _CTreat, _UTp],
      [0, 0, 0, 0, 0, 0]
    ];
    var GetResourcePoliciesRequest$ = [
      3,
      n0,
      _GRPR,
      0,
      [_NTe, _MRax],
      [0, 1]
    ];
    var GetResourcePoliciesResponse$ = [
      3,
      n0,
      _GRPRe,
      0,
      [_GRPRL, _NTe],
      [() => GetResourcePoliciesResponseList, 0]
    ];
    var GetResourcePolicyRequest$ = [
      3,
      n0,
      _GRPRet,
      0,
      [_RAe],
      [0]
    ];
    var GetResourcePolicyResponse$ = [
      3,
      n0,
      _GRPRete,
      0,
      [_PIJ, _PH, _CTr, _UT],
      [0, 0, 4, 4]
    ];
    var GetSchemaByDefinitionInput$ = [
      3,
      n0,
      _GSBDI,
      0,
      [_SIc, _SD],
      [() => SchemaId$, 0],
      2
    ];
    var GetSchemaByDefinitionResponse$ = [
      3,
      n0,
      _GSBDR,
      0,
      [_SVI, _SAc, _DF, _St, _CTreat],
      [0, 0, 0, 0, 0]
    ];
    var GetSchemaInput$ = [
      3,
      n0,
      _GSI,
      0,
      [_SIc],
      [() => SchemaId$],
      1
    ];
    var GetSchemaResponse$ = [
      3,
      n0,
      _GSR,
      0,
      [_RNe, _RAeg, _SN, _SAc, _D, _DF, _Comp, _SCc, _LSV, _NSV, _SSc, _CTreat, _UTp],
      [0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 0, 0, 0]
    ];
    var GetSchemaVersionInput$ = [
      3,
      n0,
      _GSVI,
      0,
      [_SIc, _SVI, _SVN],
      [() => SchemaId$, 0, () => SchemaVersionNumber$]
    ];
    var GetSchemaVersionResponse$ = [
      3,
      n0,
      _GSVR,
      0,
      [_SVI, _SD, _DF, _SAc, _VN, _St, _CTreat],
      [0, 0, 0, 0, 1, 0, 0]
    ];
    var GetSchemaVersionsDiffInput$ = [
      3,
      n0,
      _GSVDI,
      0,
      [_SIc, _FSVN, _SSVN, _SDTc],
      [() => SchemaId$, () => SchemaVersionNumber$, () => SchemaVersionNumber$, 0],
      4
    ];
    var GetSchemaVersionsDiffResponse$ = [
      3,
      n0,
      _GSVDR,
      0,
      [_Dif],
      [0]
    ];
    var GetSecurityConfigurationRequest$ = [
      3,
      n0,
      _GSCR,
      0,
      [_N],
      [0],
      1
    ];
    var GetSecurityConfigurationResponse$ = [
      3,
      n0,
      _GSCRe,
      0,
      [_SC],
      [() => SecurityConfiguration$]
    ];
    var GetSecurityConfigurationsRequest$ = [
      3,
      n0,
      _GSCRet,
      0,
      [_MRax, _NTe],
      [1, 0]
    ];
    var GetSecurityConfigurationsResponse$ = [
      3,
      n0,
      _GSCRete,
      0,
      [_SCec, _NTe],
      [() => SecurityConfigurationList, 0]
    ];
    var GetSessionEndpointRequest$ = [
      3,
      n0,
      _GSER,
      0,
      [_SIe],
      [0],
      1
    ];
    var GetSessionEndpointResponse$ = [
      3,
      n0,
      _GSERe,
      0,
      [_SCp],
      [[() => SessionEndpoint$, { [_jNs]: _SC_ }]],
      1
    ];
    var GetSessionRequest$ = [
      3,
      n0,
      _GSRe,
      0,
      [_Id, _RO],
      [0, 0],
      1
    ];
    var GetSessionResponse$ = [
      3,
      n0,
      _GSRet,
      0,
      [_Ses],
      [() => Session$]
    ];
    var GetStatementRequest$ = [
      3,
      n0,
      _GSRett,
      0,
      [_SIe, _Id, _RO],
      [0, 1, 0],
      2
    ];
    var GetStatementResponse$ = [
      3,
      n0,
      _GSRetta,
      0,
      [_Stat],
      [() => Statement$]
    ];
    var GetSystemLogsForJobRunRequest$ = [
      3,
      n0,
      _GSLFJRR,
      0,
      [_JN, _RIun],
      [0, 0],
      2
    ];
    var GetSystemLogsForJobRunResponse$ = [
      3,
      n0,
      _GSLFJRRe,
      0,
      [_SLU],
      [0]
    ];
    var GetSystemLogsForSessionRequest$ = [
      3,
      n0,
      _GSLFSR,
      0,
      [_Id],
      [0],
      1
    ];
    var GetSystemLogsForSessionResponse$ = [
      3,
      n0,
      _GSLFSRe,
      0,
      [_SLU],
      [0]
    ];
    var GetTableOptimizerRequest$ = [
      3,
      n0,
      _GTOR,
      0,
      [_CI, _DN, _TN, _Ty],
      [0, 0, 0, 0],
      4
    ];
    var GetTableOptimizerResponse$ = [
      3,
      n0,
      _GTORe,
      0,
      [_CI, _DN, _TN, _TOa],
      [0, 0, 0, () => TableOptimizer$]
    ];
    var GetTableRequest$ = [
      3,
      n0,
      _GTR,
      0,
      [_DN, _N, _CI, _TI, _QAOT, _ACu, _ISD, _ATG],
      [0, 0, 0, 0, 4, () => AuditContext$, 2, 64 | 0],
      2
    ];
    var GetTableResponse$ = [
      3,
      n0,
      _GTRe,
      0,
      [_Ta],
      [() => Table$]
    ];
    var GetTablesRequest$ = [
      3,
      n0,
      _GTRet,
      0,
      [_DN, _CI, _Ex, _NTe, _MRax, _TI, _QAOT, _ACu, _RST, _ISD, _ATG],
      [0, 0, 0, 0, 1, 0, 4, () => AuditContext$, 0, 2, 64 | 0],
      1
    ];
    var GetTablesResponse$ = [
      3,
      n0,
      _GTReta,
      0,
      [_TL, _NTe],
      [() => TableList, 0]
    ];
    var GetTableVersionRequest$ = [
      3,
      n0,
      _GTVR,
      0,
      [_DN, _TN, _CI, _VIe, _ACu],
      [0, 0, 0, 0, () => AuditContext$],
      2
    ];
    var GetTableVersionResponse$ = [
      3,
      n0,
      _GTVRe,
      0,
      [_TVa],
      [() => TableVersion$]
    ];
    var GetTableVersionsRequest$ = [
      3,
      n0,
      _GTVRet,
      0,
      [_DN, _TN, _CI, _NTe, _MRax, _ACu],
      [0, 0, 0, 0, 1, () => AuditContext$],
      2
    ];
    var GetTableVersionsResponse$ = [
      3,
      n0,
      _GTVReta,
      0,
      [_TVab, _NTe],
      [() => GetTableVersionsList, 0]
    ];
    var GetTagsRequest$ = [
      3,
      n0,
      _GTRetag,
      0,
      [_RAe],
      [0],
      1
    ];
    var GetTagsResponse$ = [
      3,
      n0,
      _GTRetags,
      0,
      [_Tag],
      [128 | 0]
    ];
    var GetTriggerRequest$ = [
      3,
      n0,
      _GTRetr,
      0,
      [_N],
      [0],
      1
    ];
    var GetTriggerResponse$ = [
      3,
      n0,
      _GTRetri,
      0,
      [_Tri],
      [() => Trigger$]
    ];
    var GetTriggersRequest$ = [
      3,
      n0,
      _GTRetrig,
      0,
      [_NTe, _DJN, _MRax],
      [0, 0, 1]
    ];
    var GetTriggersResponse$ = [
      3,
      n0,
      _GTRetrigg,
      0,
      [_Tr, _NTe],
      [() => TriggerList, 0]
    ];
    var GetUnfilteredPartitionMetadataRequest$ = [
      3,
      n0,
      _GUPMR,
      0,
      [_CI, _DN, _TN, _PV, _SPT, _Reg, _ACu, _QSC],
      [0, 0, 0, 64 | 0, 64 | 0, 0, () => AuditContext$, () => QuerySessionContext$],
      5
    ];
    var GetUnfilteredPartitionMetadataResponse$ = [
      3,
      n0,
      _GUPMRe,
      0,
      [_Part, _ACutho, _IRWLF],
      [() => Partition$, 64 | 0, 2]
    ];
    var GetUnfilteredPartitionsMetadataRequest$ = [
      3,
      n0,
      _GUPMRet,
      0,
      [_CI, _DN, _TN, _SPT, _Reg, _Ex, _ACu, _NTe, _Seg, _MRax, _QSC],
      [0, 0, 0, 64 | 0, 0, 0, () => AuditContext$, 0, () => Segment$, 1, () => QuerySessionContext$],
      4
    ];
    var GetUnfilteredPartitionsMetadataResponse$ = [
      3,
      n0,
      _GUPMRetn,
      0,
      [_UP, _NTe],
      [() => UnfilteredPartitionList, 0]
    ];
    var GetUnfilteredTableMetadataRequest$ = [
      3,
      n0,
      _GUTMR,
      0,
      [_CI, _DN, _N, _SPT, _Reg, _ACu, _PRA, _RRA, _SDu, _Pe, _QSC],
      [0, 0, 0, 64 | 0, 0, () => AuditContext$, 0, 0, () => SupportedDialect$, 64 | 0, () => QuerySessionContext$],
      4
    ];
    var GetUnfilteredTableMetadataResponse$ = [
      3,
      n0,
      _GUTMRe,
      0,
      [_Ta, _ACutho, _IRWLF, _CFe, _QAI, _IMDV, _IMV, _RAe, _IPs, _Pe, _RFo],
      [() => Table$, 64 | 0, 2, () => ColumnRowFilterList, 0, 2, 2, 0, 2, 64 | 0, 0]
    ];
    var GetUsageProfileRequest$ = [
      3,
      n0,
      _GUPR,
      0,
      [_N],
      [0],
      1
    ];
    var GetUsageProfileResponse$ = [
      3,
      n0,
      _GUPRe,
      0,
      [_N, _D, _Conf, _CO, _LMO],
      [0, 0, () => ProfileConfiguration$, 4, 4]
    ];
    var GetUserDefinedFunctionRequest$ = [
      3,
      n0,
      _GUDFR,
      0,
      [_DN, _FNu, _CI],
      [0, 0, 0],
      2
    ];
    var GetUserDefinedFunctionResponse$ = [
      3,
      n0,
      _GUDFRe,
      0,
      [_UDF],
      [() => UserDefinedFunction$]
    ];
    var GetUserDefinedFunctionsRequest$ = [
      3,
      n0,
      _GUDFRet,
      0,
      [_Patt, _CI, _DN, _FTu, _NTe, _MRax],
      [0, 0, 0, 0, 0, 1],
      1
    ];
    var GetUserDefinedFunctionsResponse$ = [
      3,
      n0,
      _GUDFRets,
      0,
      [_UDFs, _NTe],
      [() => UserDefinedFunctionList, 0]
    ];
    var GetWorkflowRequest$ = [
      3,
      n0,
      _GWR,
      0,
      [_N, _IG],
      [0, 2],
      1
    ];
    var GetWorkflowResponse$ = [
      3,
      n0,
      _GWRe,
      0,
      [_Wo],
      [() => Workflow$]
    ];
    var GetWorkflowRunPropertiesRequest$ = [
      3,
      n0,
      _GWRPR,
      0,
      [_N, _RIun],
      [0, 0],
      2
    ];
    var GetWorkflowRunPropertiesResponse$ = [
      3,
      n0,
      _GWRPRe,
      0,
      [_RPu],
      [128 | 0]
    ];
    var GetWorkflowRunRequest$ = [
      3,
      n0,
      _GWRR,
      0,
      [_N, _RIun, _IG],
      [0, 0, 2],
      2
    ];
    var GetWorkflowRunResponse$ = [
      3,
      n0,
      _GWRRe,
      0,
      [_Run],
      [() => WorkflowRun$]
    ];
    var GetWorkflowRunsRequest$ = [
      3,
      n0,
      _GWRRet,
      0,
      [_N, _IG, _NTe, _MRax],
      [0, 2, 0, 1],
      1
    ];
    var GetWorkflowRunsResponse$ = [
      3,
      n0,
      _GWRReto,
      0,
      [_Ru, _NTe],
      [() => WorkflowRuns, 0]
    ];
    var GlossaryItem$ = [
      3,
      n0,
      _GIlo,
      0,
      [_Id, _N, _D],
      [0, 0, 0]
    ];
    var GlossaryTermItem$ = [
      3,
      n0,
      _GTIl,
      0,
      [_Id, _N, _SDh],
      [0, 0, 0]
    ];
    var GluePolicy$ = [
      3,
      n0,
      _GPl,
      0,
      [_PIJ, _PH, _CTr, _UT],
      [0, 0, 4, 4]
    ];
    var GlueSchema$ = [
      3,
      n0,
      _GS,
      0,
      [_Col],
      [() => GlueStudioSchemaColumnList]
    ];
    var GlueStudioSchemaColumn$ = [
      3,
      n0,
      _GSSC,
      0,
      [_N, _Ty, _GST],
      [0, 0, 0],
      1
    ];
    var GlueTable$ = [
      3,
      n0,
      _GTlu,
      0,
      [_DN, _TN, _CI, _CNo, _AOdd],
      [0, 0, 0, 0, 128 | 0],
      2
    ];
    var GovernedCatalogSource$ = [
      3,
      n0,
      _GCS,
      0,
      [_N, _Dat, _Ta, _PP, _AOdd],
      [0, 0, 0, 0, () => S3SourceAdditionalOptions$],
      3
    ];
    var GovernedCatalogTarget$ = [
      3,
      n0,
      _GCT,
      0,
      [_N, _I, _Ta, _Dat, _PK, _SCP],
      [0, 64 | 0, 0, 0, [1, n0, _GSPL, 0, 64 | 0], () => CatalogSchemaChangePolicy$],
      4
    ];
    var GrokClassifier$ = [
      3,
      n0,
      _GC,
      0,
      [_N, _Clas, _GP, _CTre, _LU, _Ver, _CPus],
      [0, 0, 0, 4, 4, 1, 0],
      3
    ];
    var GroupFilters$ = [
      3,
      n0,
      _GF,
      0,
      [_GN, _Fil, _LO],
      [0, () => FilterExpressions, 0],
      3
    ];
    var HudiTarget$ = [
      3,
      n0,
      _HTu,
      0,
      [_Pat, _CNo, _Exc, _MTD],
      [64 | 0, 0, 64 | 0, 1]
    ];
    var IcebergCompactionConfiguration$ = [
      3,
      n0,
      _ICC,
      0,
      [_str, _mIF, _dFT],
      [0, 1, 1]
    ];
    var IcebergCompactionMetrics$ = [
      3,
      n0,
      _ICM,
      0,
      [_NOBC, _NOFC, _DH, _NOD, _JDIH],
      [1, 1, 1, 1, 1]
    ];
    var IcebergEncryptedKey$ = [
      3,
      n0,
      _IEK,
      0,
      [_KI, _EKM, _EBI, _Pro],
      [0, 0, 0, 128 | 0],
      2
    ];
    var IcebergInput$ = [
      3,
      n0,
      _IIc,
      0,
      [_MO, _Ver, _CITI],
      [0, 0, () => CreateIcebergTableInput$],
      1
    ];
    var IcebergOptimizationProperties$ = [
      3,
      n0,
      _IOP,
      0,
      [_RA, _Compa, _Ret, _OFD],
      [0, 128 | 0, 128 | 0, 128 | 0]
    ];
    var IcebergOptimizationPropertiesOutput$ = [
      3,
      n0,
      _IOPO,
      0,
      [_RA, _Compa, _Ret, _OFD, _LUT],
      [0, 128 | 0, 128 | 0, 128 | 0, 4]
    ];
    var IcebergOrphanFileDeletionConfiguration$ = [
      3,
      n0,
      _IOFDC,
      0,
      [_oFRPID, _l, _rRIH],
      [1, 0, 1]
    ];
    var IcebergOrphanFileDeletionMetrics$ = [
      3,
      n0,
      _IOFDM,
      0,
      [_NOOFD, _DH, _NOD, _JDIH],
      [1, 1, 1, 1]
    ];
    var IcebergPartitionField$ = [
      3,
      n0,
      _IPF,
      0,
      [_SIo, _Tran, _N, _FIi],
      [1, 0, 0, 1],
      3
    ];
    var IcebergPartitionSpec$ = [
      3,
      n0,
      _IPSc,
      0,
      [_Fie, _SIp],
      [() => IcebergPartitionSpecFieldList, 1],
      1
    ];
    var IcebergRetentionConfiguration$ = [
      3,
      n0,
      _IRC,
      0,
      [_sRPID, _nOSTR, _cEF, _rRIH],
      [1, 1, 2, 1]
    ];
    var IcebergRetentionMetrics$ = [
      3,
      n0,
      _IRM,
      0,
      [_NODFD, _NOMFD, _NOMLD, _DH, _NOD, _JDIH],
      [1, 1, 1, 1, 1, 1]
    ];
    var IcebergSchema$ = [
      3,
      n0,
      _ISc,
      0,
      [_Fie, _SIc, _IFI, _Ty],
      [() => IcebergStructFieldList, 1, 64 | 1, 0],
      1
    ];
    var IcebergSortField$ = [
      3,
      n0,
      _ISF,
      0,
      [_SIo, _Tran, _Dir, _NO],
      [1, 0, 0, 0],
      4
    ];
    var IcebergSortOrder$ = [
      3,
      n0,
      _ISO,
      0,
      [_OI, _Fie],
      [1, () => IcebergSortOrderFieldList],
      2
    ];
    var IcebergStructField$ = [
      3,
      n0,
      _ISFc,
      0,
      [_Id, _N, _Ty, _Req, _Do, _ID, _WD],
      [1, 0, 15, 2, 0, 15, 15],
      4
    ];
    var IcebergTableMetadata$ = [
      3,
      n0,
      _ITM,
      0,
      [_FVo, _TUab, _Lo, _Pro, _Sche, _CSIu, _LCI, _PSar, _DSIe, _LPI, _SOo, _DSOI],
      [0, 0, 0, 128 | 0, () => IcebergSchemaList, 1, 1, () => IcebergPartitionSpecList, 1, 1, () => IcebergSortOrderList, 1]
    ];
    var IcebergTableUpdate$ = [
      3,
      n0,
      _ITU,
      0,
      [_S, _Lo, _PSa, _SOor, _Pro, _A, _EK, _KI],
      [() => IcebergSchema$, 0, () => IcebergPartitionSpec$, () => IcebergSortOrder$, 128 | 0, 0, () => IcebergEncryptedKey$, 0],
      2
    ];
    var IcebergTarget$ = [
      3,
      n0,
      _ITce,
      0,
      [_Pat, _CNo, _Exc, _MTD],
      [64 | 0, 0, 64 | 0, 1]
    ];
    var ImportCatalogToGlueRequest$ = [
      3,
      n0,
      _ICTGR,
      0,
      [_CI],
      [0]
    ];
    var ImportCatalogToGlueResponse$ = [
      3,
      n0,
      _ICTGRm,
      0,
      [],
      []
    ];
    var ImportLabelsTaskRunProperties$ = [
      3,
      n0,
      _ILTRP,
      0,
      [_ISP, _Rep],
      [0, 2]
    ];
    var InboundIntegration$ = [
      3,
      n0,
      _IInbo,
      0,
      [_SAo, _TA, _IAnt, _St, _CTr, _ICn, _E],
      [0, 0, 0, 0, 4, () => IntegrationConfig$, () => IntegrationErrorList],
      5
    ];
    var Integration$ = [
      3,
      n0,
      _Int,
      0,
      [_SAo, _TA, _IN, _IAnt, _St, _CTr, _D, _KKI, _AEC, _Tag, _ICn, _E, _DFa],
      [0, 0, 0, 0, 0, 4, 0, 0, 128 | 0, () => IntegrationTagsList, () => IntegrationConfig$, () => IntegrationErrorList, 0],
      6
    ];
    var IntegrationConfig$ = [
      3,
      n0,
      _ICn,
      0,
      [_RIef, _SPo, _CSon, _TNa],
      [0, 128 | 0, 2, 0]
    ];
    var IntegrationError$ = [
      3,
      n0,
      _IEn,
      0,
      [_ECr, _EM],
      [0, 0]
    ];
    var IntegrationFilter$ = [
      3,
      n0,
      _IFn,
      0,
      [_N, _Val],
      [0, 64 | 0]
    ];
    var IntegrationPartition$ = [
      3,
      n0,
      _IPn,
      0,
      [_FN, _FS, _CSonv],
      [0, 0, 0]
    ];
    var IntegrationResourceProperty$ = [
      3,
      n0,
      _IRP,
      0,
      [_RAe, _RPA, _SPP, _TPP],
      [0, 0, () => SourceProcessingProperties$, () => TargetProcessingProperties$],
      1
    ];
    var IntegrationResourcePropertyFilter$ = [
      3,
      n0,
      _IRPF,
      0,
      [_N, _Val],
      [0, 64 | 0]
    ];
    var IntegrationTableProperties$ = [
      3,
      n0,
      _ITP,
      0,
      [_RAe, _TN, _STC, _TTC],
      [0, 0, () => SourceTableConfig$, () => TargetTableConfig$],
      2
    ];
    var IntegrationTablePropertiesFilter$ = [
      3,
      n0,
      _ITPF,
      0,
      [_N, _Val],
      [0, 64 | 0]
    ];
    var ItemError$ = [
      3,
      n0,
      _IEt,
      0,
      [_II, _Cod, _M],
      [0, 0, 0]
    ];
    var IterableFormEntry$ = [
      3,
      n0,
      _IFE,
      0,
      [_FTI],
      [0]
    ];
    var IterableFormItem$ = [
      3,
      n0,
      _IFIt,
      0,
      [_IIte, _INt, _GT, _For, _At],
      [0, 0, 64 | 0, () => AssetFormMap, () => AssetFormMap]
    ];
    var IterableFormListItem$ = [
      3,
      n0,
      _IFLI,
      0,
      [_IIte, _INt, _D, _GT],
      [0, 0, 0, 64 | 0]
    ];
    var JDBCConnectorOptions$ = [
      3,
      n0,
      _JDBCCO,
      0,
      [_FPi, _PC, _LB, _UBp, _NPu, _JBK, _JBKSO, _DTM],
      [0, 0, 1, 1, 1, 64 | 0, 0, 128 | 0]
    ];
    var JDBCConnectorSource$ = [
      3,
      n0,
      _JDBCCS,
      0,
      [_N, _CNo, _CNon, _CTo, _AOdd, _CTon, _Q, _OS],
      [0, 0, 0, 0, () => JDBCConnectorOptions$, 0, 0, () => GlueSchemas],
      4
    ];
    var JDBCConnectorTarget$ = [
      3,
      n0,
      _JDBCCT,
      0,
      [_N, _I, _CNo, _CTon, _CNon, _CTo, _AOdd, _OS],
      [0, 64 | 0, 0, 0, 0, 0, 128 | 0, () => GlueSchemas],
      6
    ];
    var JdbcTarget$ = [
      3,
      n0,
      _JTdb,
      0,
      [_CNo, _Path, _Exc, _EAM],
      [0, 0, 64 | 0, 64 | 0]
    ];
    var Job$ = [
      3,
      n0,
      _Job,
      0,
      [_N, _JM, _JRQE, _D, _LUog, _Rol, _CO, _LMO, _EP, _Comm, _DA, _NOA, _Conn, _MR, _ACl, _T, _MCax, _WT, _NOW, _SC, _NP, _GV, _CGCNo, _ECx, _SCD, _MWa, _PN, _AUM],
      [0, 0, 2, 0, 0, 0, 4, 4, () => ExecutionProperty$, () => JobCommand$, 128 | 0, 128 | 0, () => ConnectionsList$, 1, 1, 1, 1, 0, 1, 0, () => NotificationProperty$, 0, [() => CodeGenConfigurationNodes, 0], 0, () => SourceControlDetails$, 0, 0, () => AutoUpgradeMetadata$]
    ];
    var JobBookmarkEntry$ = [
      3,
      n0,
      _JBEo,
      0,
      [_JN, _Ver, _Run, _Att, _PRI, _RIun, _JB],
      [0, 1, 1, 1, 0, 0, 0]
    ];
    var JobBookmarksEncryption$ = [
      3,
      n0,
      _JBE,
      0,
      [_JBEM, _KKA],
      [0, 0]
    ];
    var JobCommand$ = [
      3,
      n0,
      _JCo,
      0,
      [_N, _SLc, _PVy, _Runt],
      [0, 0, 0, 0]
    ];
    var JobNodeDetails$ = [
      3,
      n0,
      _JND,
      0,
      [_JRo],
      [() => JobRunList]
    ];
    var JobRun$ = [
      3,
      n0,
      _JR,
      0,
      [_Id, _Att, _PRI, _TNri, _JN, _JM, _JRQE, _SO, _LMO, _COo, _JRS, _Ar, _EM, _PRr, _ACl, _ETx, _T, _MCax, _WT, _NOW, _SC, _LGN, _NP, _GV, _DPUS, _ECx, _MWa, _PN, _SDta, _ERSP],
      [0, 1, 0, 0, 0, 0, 2, 4, 4, 4, 0, 128 | 0, 0, () => PredecessorList, 1, 1, 1, 1, 0, 1, 0, 0, () => NotificationProperty$, 0, 1, 0, 0, 0, 0, 0]
    ];
    var JobUpdate$ = [
      3,
      n0,
      _JU,
      0,
      [_JM, _JRQE, _D, _LUog, _Rol, _EP, _Comm, _DA, _NOA, _Conn, _MR, _ACl, _T, _MCax, _WT, _NOW, _SC, _NP, _GV, _CGCNo, _ECx, _SCD, _MWa],
      [0, 2, 0, 0, 0, () => ExecutionProperty$, () => JobCommand$, 128 | 0, 128 | 0, () => ConnectionsList$, 1, 1, 1, 1, 0, 1, 0, () => NotificationProperty$, 0, [() => CodeGenConfigurationNodes, 0], 0, () => SourceControlDetails$, 0]
    ];
    var Join$ = [
      3,
      n0,
      _Jo,
      0,
      [_N, _I, _JTo, _Col],
      [0, 64 | 0, 0, () => JoinColumns],
      4
    ];
    var JoinColumn$ = [
      3,
      n0,
      _JCoi,
      0,
      [_Fr, _Ke],
      [0, [1, n0, _GSPL, 0, 64 | 0]],
      2
    ];
    var JsonClassifier$ = [
      3,
      n0,
      _JC,
      0,
      [_N, _JP, _CTre, _LU, _Ver],
      [0, 0, 4, 4, 1],
      2
    ];
    var JWTBearerProperties$ = [
      3,
      n0,
      _JWTBP,
      0,
      [_TU, _RM, _CTont, _JT, _TUP],
      [() => ConnectorProperty$, 0, 0, () => ConnectorProperty$, () => ConnectorPropertyList]
    ];
    var KafkaStreamingSourceOptions$ = [
      3,
      n0,
      _KSSO,
      0,
      [_BSo, _SPe, _CNo, _TNo, _As, _SPu, _Clas, _De, _SOta, _EO, _PTM, _NR, _RIM, _MOPT, _MPi, _IH, _ARTd, _ECLM, _STtar],
      [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 1, 2, 0, 0, 5]
    ];
    var KeySchemaElement$ = [
      3,
      n0,
      _KSE,
      0,
      [_N, _Ty],
      [0, 0],
      2
    ];
    var KinesisStreamingSourceOptions$ = [
      3,
      n0,
      _KSSOi,
      0,
      [_EU, _SNt, _Clas, _De, _SPt, _MFTIM, _MFRPS, _MRPR, _AITBR, _ITBRIM, _DSIes, _NR, _RIM, _MRIM, _AEB, _SAtr, _RA, _RSN, _ARTd, _ECLM, _STtar, _FCARN],
      [0, 0, 0, 0, 0, 1, 1, 1, 2, 1, 1, 1, 1, 1, 2, 0, 0, 0, 0, 0, 5, 0]
    ];
    var LabelingSetGenerationTaskRunProperties$ = [
      3,
      n0,
      _LSGTRP,
      0,
      [_OSP],
      [0]
    ];
    var LakeFormationConfiguration$ = [
      3,
      n0,
      _LFC,
      0,
      [_ULFC, _AIc],
      [2, 0]
    ];
    var LastActiveDefinition$ = [
      3,
      n0,
      _LAD,
      0,
      [_D, _LMO, _PS, _BL, _BSL],
      [0, 4, 0, 0, 0]
    ];
    var LastCrawlInfo$ = [
      3,
      n0,
      _LCIa,
      0,
      [_St, _EM, _LG, _LS, _MP, _STta],
      [0, 0, 0, 0, 0, 4]
    ];
    var LineageConfiguration$ = [
      3,
      n0,
      _LC,
      0,
      [_CLS],
      [0]
    ];
    var ListAssetTypesRequest$ = [
      3,
      n0,
      _LATR,
      0,
      [_MRax, _NTe],
      [[1, { [_hQ]: _mR }], [0, { [_hQ]: _nT }]]
    ];
    var ListAssetTypesResponse$ = [
      3,
      n0,
      _LATRi,
      0,
      [_It, _NTe],
      [() => AssetTypeItemList, 0]
    ];
    var ListBlueprintsRequest$ = [
      3,
      n0,
      _LBR,
      0,
      [_NTe, _MRax, _Tag],
      [0, 1, 128 | 0]
    ];
    var ListBlueprintsResponse$ = [
      3,
      n0,
      _LBRi,
      0,
      [_B, _NTe],
      [64 | 0, 0]
    ];
    var ListColumnStatisticsTaskRunsRequest$ = [
      3,
      n0,
      _LCSTRR,
      0,
      [_MRax, _NTe],
      [1, 0]
    ];
    var ListColumnStatisticsTaskRunsResponse$ = [
      3,
      n0,
      _LCSTRRi,
      0,
      [_CSTRIo, _NTe],
      [64 | 0, 0]
    ];
    var ListConnectionTypesRequest$ = [
      3,
      n0,
      _LCTR,
      0,
      [_MRax, _NTe],
      [1, 0]
    ];
    var ListConnectionTypesResponse$ = [
      3,
      n0,
      _LCTRi,
      0,
      [_CTonn, _NTe],
      [() => ConnectionTypeList, 0]
    ];
    var ListCrawlersRequest$ = [
      3,
      n0,
      _LCR,
      0,
      [_MRax, _NTe, _Tag],
      [1, 0, 128 | 0]
    ];
    var ListCrawlersResponse$ = [
      3,
      n0,
      _LCRi,
      0,
      [_CNr, _NTe],
      [64 | 0, 0]
    ];
    var ListCrawlsRequest$ = [
      3,
      n0,
      _LCRis,
      0,
      [_CN, _MRax, _Fil, _NTe],
      [0, 1, () => CrawlsFilterList, 0],
      1
    ];
    var ListCrawlsResponse$ = [
      3,
      n0,
      _LCRist,
      0,
      [_Crawl, _NTe],
      [() => CrawlerHistoryList, 0]
    ];
    var ListCustomEntityTypesRequest$ = [
      3,
      n0,
      _LCETR,
      0,
      [_NTe, _MRax, _Tag],
      [0, 1, 128 | 0]
    ];
    var ListCustomEntityTypesResponse$ = [
      3,
      n0,
      _LCETRi,
      0,
      [_CET, _NTe],
      [() => CustomEntityTypes, 0]
    ];
    var ListDataQualityEvaluationConfigsRequest$ = [
      3,
      n0,
      _LDQECR,
      0,
      [_L, _MRax, _NTe],
      [0, 1, 0]
    ];
    var ListDataQualityEvaluationConfigsResponse$ = [
      3,
      n0,
      _LDQECRi,
      0,
      [_DQECa, _NTe],
      [() => DataQualityEvaluationConfigList, 0]
    ];
    var ListDataQualityResultsRequest$ = [
      3,
      n0,
      _LDQRR,
      0,
      [_Fi, _NTe, _MRax],
      [() => DataQualityResultFilterCriteria$, 0, 1]
    ];
    var ListDataQualityResultsResponse$ = [
      3,
      n0,
      _LDQRRi,
      0,
      [_Re, _NTe],
      [() => DataQualityResultDescriptionList, 0],
      1
    ];
    var ListDataQualityResultsV2Request$ = [
      3,
      n0,
      _LDQRVR,
      0,
      [_Fi, _NTe, _MRax],
      [() => DataQualityResultsV2FilterCriteria$, 0, 1]
    ];
    var ListDataQualityResultsV2Response$ = [
      3,
      n0,
      _LDQRVRi,
      0,
      [_Re, _NTe],
      [() => DataQualityResultsV2DescriptionList, 0],
      1
    ];
    var ListDataQualityRuleRecommendationRunsRequest$ = [
      3,
      n0,
      _LDQRRRR,
      0,
      [_Fi, _NTe, _MRax, _Tag],
      [() => DataQualityRuleRecommendationRunFilter$, 0, 1, 128 | 0]
    ];
    var ListDataQualityRuleRecommendationRunsResponse$ = [
      3,
      n0,
      _LDQRRRRi,
      0,
      [_Ru, _NTe],
      [() => DataQualityRuleRecommendationRunList, 0]
    ];
    var ListDataQualityRulesetEvaluationRunsRequest$ = [
      3,
      n0,
      _LDQRERR,
      0,
      [_Fi, _NTe, _MRax],
      [() => DataQualityRulesetEvaluationRunFilter$, 0, 1]
    ];
    var ListDataQualityRulesetEvaluationRunsResponse$ = [
      3,
      n0,
      _LDQRERRi,
      0,
      [_Ru, _NTe],
      [() => DataQualityRulesetEvaluationRunList, 0]
    ];
    var ListDataQualityRulesetsRequest$ = [
      3,
      n0,
      _LDQRRis,
      0,
      [_NTe, _MRax, _Fi, _Tag],
      [0, 1, () => DataQualityRulesetFilterCriteria$, 128 | 0]
    ];
    var ListDataQualityRulesetsResponse$ = [
      3,
      n0,
      _LDQRRist,
      0,
      [_Rule, _NTe],
      [() => DataQualityRulesetList, 0]
    ];
    var ListDataQualityStatisticAnnotationsRequest$ = [
      3,
      n0,
      _LDQSAR,
      0,
      [_SI, _PI, _TF, _MRax, _NTe],
      [0, 0, () => TimestampFilter$, 1, 0]
    ];
    var ListDataQualityStatisticAnnotationsResponse$ = [
      3,
      n0,
      _LDQSARi,
      0,
      [_An, _NTe],
      [() => AnnotationList, 0]
    ];
    var ListDataQualityStatisticsRequest$ = [
      3,
      n0,
      _LDQSR,
      0,
      [_SI, _PI, _TF, _MRax, _NTe],
      [0, 0, () => TimestampFilter$, 1, 0]
    ];
    var ListDataQualityStatisticsResponse$ = [
      3,
      n0,
      _LDQSRi,
      0,
      [_Stati, _NTe],
      [[() => StatisticSummaryList, 0], 0]
    ];
    var ListDevEndpointsRequest$ = [
      3,
      n0,
      _LDER,
      0,
      [_NTe, _MRax, _Tag],
      [0, 1, 128 | 0]
    ];
    var ListDevEndpointsResponse$ = [
      3,
      n0,
      _LDERi,
      0,
      [_DEN, _NTe],
      [64 | 0, 0]
    ];
    var ListEntitiesRequest$ = [
      3,
      n0,
      _LER,
      0,
      [_CNo, _CI, _PEN, _NTe, _DSAV],
      [0, 0, 0, 0, 0]
    ];
    var ListEntitiesResponse$ = [
      3,
      n0,
      _LERi,
      0,
      [_Enti, _NTe],
      [() => EntityList, 0]
    ];
    var ListFormTypesRequest$ = [
      3,
      n0,
      _LFTR,
      0,
      [_MRax, _NTe],
      [[1, { [_hQ]: _mR }], [0, { [_hQ]: _nT }]]
    ];
    var ListFormTypesResponse$ = [
      3,
      n0,
      _LFTRi,
      0,
      [_It, _NTe],
      [() => FormTypeItemList, 0],
      1
    ];
    var ListGlossariesRequest$ = [
      3,
      n0,
      _LGR,
      0,
      [_MRax, _NTe],
      [[1, { [_hQ]: _mR }], [0, { [_hQ]: _nT }]]
    ];
    var ListGlossariesResponse$ = [
      3,
      n0,
      _LGRi,
      0,
      [_It, _NTe],
      [() => GlossaryItemList, 0]
    ];
    var ListGlossaryTermsRequest$ = [
      3,
      n0,
      _LGTR,
      0,
      [_GI, _MRax, _NTe],
      [[0, { [_hQ]: _gI }], [1, { [_hQ]: _mR }], [0, { [_hQ]: _nT }]],
      1
    ];
    var ListGlossaryTermsResponse$ = [
      3,
      n0,
      _LGTRi,
      0,
      [_It, _NTe],
      [() => GlossaryTermItemList, 0]
    ];
    var ListIntegrationResourcePropertiesRequest$ = [
      3,
      n0,
      _LIRPR,
      0,
      [_Mar, _Fil, _MRa],
      [0, () => IntegrationResourcePropertyFilterList, 1]
    ];
    var ListIntegrationResourcePropertiesResponse$ = [
      3,
      n0,
      _LIRPRi,
      0,
      [_IRPL, _Mar],
      [() => IntegrationResourcePropertyList, 0]
    ];
    var ListIntegrationTablePropertiesRequest$ = [
      3,
      n0,
      _LITPR,
      0,
      [_Mar, _Fil, _MRa],
      [0, () => IntegrationTablePropertiesFilterList, 1]
    ];
    var ListIntegrationTablePropertiesResponse$ = [
      3,
      n0,
      _LITPRi,
      0,
      [_ITPL, _Mar],
      [() => IntegrationTablePropertiesList, 0]
    ];
    var ListIterableFormsRequest$ = [
      3,
      n0,
      _LIFR,
      0,
      [_AI, _IFN, _MRax, _NTe],
      [[0, 1], [0, 1], [1, { [_hQ]: _mR }], [0, { [_hQ]: _nT }]],
      2
    ];
    var ListIterableFormsResponse$ = [
      3,
      n0,
      _LIFRi,
      0,
      [_It, _NTe],
      [() => IterableFormListItemList, 0]
    ];
    var ListJobsRequest$ = [
      3,
      n0,
      _LJR,
      0,
      [_NTe, _MRax, _Tag],
      [0, 1, 128 | 0]
    ];
    var ListJobsResponse$ = [
      3,
      n0,
      _LJRi,
      0,
      [_JNo, _NTe],
      [64 | 0, 0]
    ];
    var ListMaterializedViewRefreshTaskRunsRequest$ = [
      3,
      n0,
      _LMVRTRR,
      0,
      [_CI, _DN, _TN, _MRax, _NTe],
      [0, 0, 0, 1, 0],
      1
    ];
    var ListMaterializedViewRefreshTaskRunsResponse$ = [
      3,
      n0,
      _LMVRTRRi,
      0,
      [_MVRTRa, _NTe],
      [() => MaterializedViewRefreshTaskRunsList, 0]
    ];
    var ListMLTransformsRequest$ = [
      3,
      n0,
      _LMLTR,
      0,
      [_NTe, _MRax, _Fi, _Sor, _Tag],
      [0, 1, () => TransformFilterCriteria$, () => TransformSortCriteria$, 128 | 0]
    ];
    var ListMLTransformsResponse$ = [
      3,
      n0,
      _LMLTRi,
      0,
      [_TIra, _NTe],
      [64 | 0, 0],
      1
    ];
    var ListRegistriesInput$ = [
      3,
      n0,
      _LRI,
      0,
      [_MRax, _NTe],
      [1, 0]
    ];
    var ListRegistriesResponse$ = [
      3,
      n0,
      _LRR,
      0,
      [_Regi, _NTe],
      [() => RegistryListDefinition, 0]
    ];
    var ListSchemasInput$ = [
      3,
      n0,
      _LSI,
      0,
      [_RIe, _MRax, _NTe],
      [() => RegistryId$, 1, 0]
    ];
    var ListSchemasResponse$ = [
      3,
      n0,
      _LSR,
      0,
      [_Sche, _NTe],
      [() => SchemaListDefinition, 0]
    ];
    var ListSchemaVersionsInput$ = [
      3,
      n0,
      _LSVI,
      0,
      [_SIc, _MRax, _NTe],
      [() => SchemaId$, 1, 0],
      1
    ];
    var ListSchemaVersionsResponse$ = [
      3,
      n0,
      _LSVR,
      0,
      [_Sche, _NTe],
      [() => SchemaVersionList, 0]
    ];
    var ListSessionsRequest$ = [
      3,
      n0,
      _LSRi,
      0,
      [_NTe, _MRax, _Tag, _RO],
      [0, 1, 128 | 0, 0]
    ];
    var ListSessionsResponse$ = [
      3,
      n0,
      _LSRis,
      0,
      [_Ids, _Sess, _NTe],
      [64 | 0, () => SessionList, 0]
    ];
    var ListStatementsRequest$ = [
      3,
      n0,
      _LSRist,
      0,
      [_SIe, _RO, _NTe],
      [0, 0, 0],
      1
    ];
    var ListStatementsResponse$ = [
      3,
      n0,
      _LSRistt,
      0,
      [_State, _NTe],
      [() => StatementList, 0]
    ];
    var ListTableOptimizerRunsRequest$ = [
      3,
      n0,
      _LTORR,
      0,
      [_CI, _DN, _TN, _Ty, _MRax, _NTe],
      [0, 0, 0, 0, 1, 0],
      4
    ];
    var ListTableOptimizerRunsResponse$ = [
      3,
      n0,
      _LTORRi,
      0,
      [_CI, _DN, _TN, _NTe, _TOR],
      [0, 0, 0, 0, () => TableOptimizerRuns]
    ];
    var ListTriggersRequest$ = [
      3,
      n0,
      _LTR,
      0,
      [_NTe, _DJN, _MRax, _Tag],
      [0, 0, 1, 128 | 0]
    ];
    var ListTriggersResponse$ = [
      3,
      n0,
      _LTRi,
      0,
      [_TNr, _NTe],
      [64 | 0, 0]
    ];
    var ListUsageProfilesRequest$ = [
      3,
      n0,
      _LUPR,
      0,
      [_NTe, _MRax],
      [0, 1]
    ];
    var ListUsageProfilesResponse$ = [
      3,
      n0,
      _LUPRi,
      0,
      [_Prof, _NTe],
      [() => UsageProfileDefinitionList, 0]
    ];
    var ListWorkflowsRequest$ = [
      3,
      n0,
      _LWR,
      0,
      [_NTe, _MRax],
      [0, 1]
    ];
    var ListWorkflowsResponse$ = [
      3,
      n0,
      _LWRi,
      0,
      [_W, _NTe],
      [64 | 0, 0]
    ];
    var Location$ = [
      3,
      n0,
      _Lo,
      0,
      [_Jd, _S_, _DDB],
      [() => CodeGenNodeArgs, () => CodeGenNodeArgs, () => CodeGenNodeArgs]
    ];
    var LongColumnStatisticsData$ = [
      3,
      n0,
      _LCSD,
      0,
      [_NON, _NODV, _MVi, _MVax],
      [1, 1, 1, 1],
      2
    ];
    var Mapping$ = [
      3,
      n0,
      _Ma,
      0,
      [_TK, _FPr, _FTr, _TTo, _Dr, _Ch],
      [0, 64 | 0, 0, 0, 2, () => Mappings]
    ];
    var MappingEntry$ = [
      3,
      n0,
      _ME,
      0,
      [_STo, _SPou, _ST, _TT, _TPar, _TTa],
      [0, 0, 0, 0, 0, 0]
    ];
    var MaterializedViewRefreshTaskRun$ = [
      3,
      n0,
      _MVRTR,
      0,
      [_CIu, _MVRTRI, _DN, _TN, _CI, _Rol, _St, _CTre, _LU, _STta, _ET, _EM, _DPUS, _RTef, _PBr],
      [0, 0, 0, 0, 0, 0, 0, 4, 4, 4, 4, 0, 1, 0, 1]
    ];
    var Merge$ = [
      3,
      n0,
      _Me,
      0,
      [_N, _I, _So, _PKr],
      [0, 64 | 0, 0, [1, n0, _GSPL, 0, 64 | 0]],
      4
    ];
    var MetadataInfo$ = [
      3,
      n0,
      _MI,
      0,
      [_MVe, _CTreat, _OMVL],
      [0, 0, () => OtherMetadataValueList]
    ];
    var MetadataKeyValuePair$ = [
      3,
      n0,
      _MKVP,
      0,
      [_MK, _MVe],
      [0, 0]
    ];
    var MetricBasedObservation$ = [
      3,
      n0,
      _MBO,
      0,
      [_MN, _SI, _MVet, _NRe],
      [0, 0, () => DataQualityMetricValues$, 64 | 0]
    ];
    var MicrosoftSQLServerCatalogSource$ = [
      3,
      n0,
      _MSQLSCS,
      0,
      [_N, _Dat, _Ta],
      [0, 0, 0],
      3
    ];
    var MicrosoftSQLServerCatalogTarget$ = [
      3,
      n0,
      _MSQLSCT,
      0,
      [_N, _I, _Dat, _Ta],
      [0, 64 | 0, 0, 0],
      4
    ];
    var MLTransform$ = [
      3,
      n0,
      _MLT,
      0,
      [_TIr, _N, _D, _St, _CO, _LMO, _IRT, _Par, _EMval, _LCab, _S, _Rol, _GV, _MCax, _WT, _NOW, _T, _MR, _TEr],
      [0, 0, 0, 0, 4, 4, () => GlueTables, () => TransformParameters$, () => EvaluationMetrics$, 1, () => TransformSchema, 0, 0, 1, 0, 1, 1, 1, () => TransformEncryption$]
    ];
    var MLUserDataEncryption$ = [
      3,
      n0,
      _MLUDE,
      0,
      [_MUDEM, _KKI],
      [0, 0],
      1
    ];
    var ModifyIntegrationRequest$ = [
      3,
      n0,
      _MIR,
      0,
      [_IIn, _D, _DFa, _ICn, _IN],
      [0, 0, 0, () => IntegrationConfig$, 0],
      1
    ];
    var ModifyIntegrationResponse$ = [
      3,
      n0,
      _MIRo,
      0,
      [_SAo, _TA, _IN, _IAnt, _St, _CTr, _D, _KKI, _AEC, _Tag, _E, _DFa, _ICn],
      [0, 0, 0, 0, 0, 4, 0, 0, 128 | 0, () => IntegrationTagsList, () => IntegrationErrorList, 0, () => IntegrationConfig$],
      6
    ];
    var MongoDBTarget$ = [
      3,
      n0,
      _MDBTo,
      0,
      [_CNo, _Path, _SAca],
      [0, 0, 2]
    ];
    var MySQLCatalogSource$ = [
      3,
      n0,
      _MSQLCS,
      0,
      [_N, _Dat, _Ta],
      [0, 0, 0],
      3
    ];
    var MySQLCatalogTarget$ = [
      3,
      n0,
      _MSQLCT,
      0,
      [_N, _I, _Dat, _Ta],
      [0, 64 | 0, 0, 0],
      4
    ];
    var Node$ = [
      3,
      n0,
      _No,
      0,
      [_Ty, _N, _UI, _TDr, _JD, _CDr],
      [0, 0, 0, () => TriggerNodeDetails$, () => JobNodeDetails$, () => CrawlerNodeDetails$]
    ];
    var NotificationProperty$ = [
      3,
      n0,
      _NP,
      0,
      [_NDA],
      [1]
    ];
    var NullCheckBoxList$ = [
      3,
      n0,
      _NCBL,
      0,
      [_IEs, _INS, _INO],
      [2, 2, 2]
    ];
    var NullValueField$ = [
      3,
      n0,
      _NVF,
      0,
      [_V, _Data],
      [0, () => Datatype$],
      2
    ];
    var OAuth2ClientApplication$ = [
      3,
      n0,
      _OACA,
      0,
      [_UMCACI, _AWSMCAR],
      [0, 0]
    ];
    var OAuth2Credentials$ = [
      3,
      n0,
      _OAC,
      0,
      [_UMCACS, _AT, _RT, _JT],
      [[() => UserManagedClientApplicationClientSecret, 0], [() => AccessToken, 0], [() => RefreshToken, 0], [() => JwtToken, 0]]
    ];
    var OAuth2Properties$ = [
      3,
      n0,
      _OAP,
      0,
      [_OAGT, _OACA, _TU, _TUPM],
      [0, () => OAuth2ClientApplication$, 0, 128 | 0]
    ];
    var OAuth2PropertiesInput$ = [
      3,
      n0,
      _OAPI,
      0,
      [_OAGT, _OACA, _TU, _TUPM, _ACP, _OAC],
      [0, () => OAuth2ClientApplication$, 0, 128 | 0, [() => AuthorizationCodeProperties$, 0], [() => OAuth2Credentials$, 0]]
    ];
    var ObservationResultsOptions$ = [
      3,
      n0,
      _ORO,
      0,
      [_WORE, _CTC],
      [2, () => CatalogTableConfigOptions$]
    ];
    var OffsetConfiguration$ = [
      3,
      n0,
      _OC,
      0,
      [_OP, _LP],
      [() => ExtractedParameter$, () => ExtractedParameter$],
      2
    ];
    var OpenTableFormatInput$ = [
      3,
      n0,
      _OTFI,
      0,
      [_IIc],
      [() => IcebergInput$]
    ];
    var Option$ = [
      3,
      n0,
      _Opt,
      0,
      [_V, _Labe, _D],
      [0, 0, 0]
    ];
    var OracleSQLCatalogSource$ = [
      3,
      n0,
      _OSQLCS,
      0,
      [_N, _Dat, _Ta],
      [0, 0, 0],
      3
    ];
    var OracleSQLCatalogTarget$ = [
      3,
      n0,
      _OSQLCT,
      0,
      [_N, _I, _Dat, _Ta],
      [0, 64 | 0, 0, 0],
      4
    ];
    var Order$ = [
      3,
      n0,
      _Or,
      0,
      [_C, _SOor],
      [0, 1],
      2
    ];
    var OrphanFileDeletionConfiguration$ = [
      3,
      n0,
      _OFDC,
      0,
      [_iC],
      [() => IcebergOrphanFileDeletionConfiguration$]
    ];
    var OrphanFileDeletionMetrics$ = [
      3,
      n0,
      _OFDM,
      0,
      [_IM],
      [() => IcebergOrphanFileDeletionMetrics$]
    ];
    var OtherMetadataValueListItem$ = [
      3,
      n0,
      _OMVLI,
      0,
      [_MVe, _CTreat],
      [0, 0]
    ];
    var PaginationConfiguration$ = [
      3,
      n0,
      _PCa,
      0,
      [_CCur, _OC],
      [() => CursorConfiguration$, () => OffsetConfiguration$]
    ];
    var Partition$ = [
      3,
      n0,
      _Part,
      0,
      [_Val, _DN, _TN, _CTre, _LAT, _SDto, _Par, _LATa, _CI],
      [64 | 0, 0, 0, 4, 4, () => StorageDescriptor$, 128 | 0, 4, 0]
    ];
    var PartitionError$ = [
      3,
      n0,
      _PEa,
      0,
      [_PV, _ED],
      [64 | 0, () => ErrorDetail$]
    ];
    var PartitionIndex$ = [
      3,
      n0,
      _PIar,
      0,
      [_Ke, _INn],
      [64 | 0, 0],
      2
    ];
    var PartitionIndexDescriptor$ = [
      3,
      n0,
      _PID,
      0,
      [_INn, _Ke, _ISn, _BEa],
      [0, () => KeySchemaElementList, 0, () => BackfillErrors],
      3
    ];
    var PartitionInput$ = [
      3,
      n0,
      _PIa,
      0,
      [_Val, _LAT, _SDto, _Par, _LATa],
      [64 | 0, 4, () => StorageDescriptor$, 128 | 0, 4]
    ];
    var PartitionValueList$ = [
      3,
      n0,
      _PVL,
      0,
      [_Val],
      [64 | 0],
      1
    ];
    var PhysicalConnectionRequirements$ = [
      3,
      n0,
      _PCR,
      0,
      [_SIu, _SGIL, _AZ],
      [0, 64 | 0, 0]
    ];
    var PIIDetection$ = [
      3,
      n0,
      _PIID,
      0,
      [_N, _I, _PTi, _ETTD, _OCN, _SFa, _TFh, _MVas, _RTed, _RCed, _MPa, _NLCTE, _NRCTE, _DP, _DSe],
      [0, 64 | 0, 0, 64 | 0, 0, 1, 1, 0, 0, 0, 0, 1, 1, 0, 0],
      4
    ];
    var PostgreSQLCatalogSource$ = [
      3,
      n0,
      _PSQLCS,
      0,
      [_N, _Dat, _Ta],
      [0, 0, 0],
      3
    ];
    var PostgreSQLCatalogTarget$ = [
      3,
      n0,
      _PSQLCT,
      0,
      [_N, _I, _Dat, _Ta],
      [0, 64 | 0, 0, 0],
      4
    ];
    var Predecessor$ = [
      3,
      n0,
      _Pred,
      0,
      [_JN, _RIun],
      [0, 0]
    ];
    var Predicate$ = [
      3,
      n0,
      _Pre,
      0,
      [_Log, _Condi],
      [0, () => ConditionList]
    ];
    var PrincipalPermissions$ = [
      3,
      n0,
      _PPr,
      0,
      [_Pri, _Pe],
      [() => DataLakePrincipal$, 64 | 0]
    ];
    var ProfileConfiguration$ = [
      3,
      n0,
      _PCr,
      0,
      [_SCes, _JCob],
      [() => ConfigurationMap, () => ConfigurationMap]
    ];
    var ProfilingResultsOptions$ = [
      3,
      n0,
      _PRO,
      0,
      [_WPRE, _CTC, _DR],
      [2, () => CatalogTableConfigOptions$, () => DistributionResultsOptions$]
    ];
    var Property$ = [
      3,
      n0,
      _Prop,
      0,
      [_N, _D, _Req, _PTr, _DV, _AVl, _DOS, _KO, _PL],
      [0, 0, 2, 64 | 0, 0, () => AllowedValues, 64 | 0, 0, 0],
      4
    ];
    var PropertyPredicate$ = [
      3,
      n0,
      _PPro,
      0,
      [_K, _V, _Compar],
      [0, 0, 0]
    ];
    var PublishDataQualityResultV2Request$ = [
      3,
      n0,
      _PDQRVR,
      0,
      [_Di, _Scor, _RR, _EC, _Tag, _ESO, _ECO, _AR, _O, _AMg, _Stati, _RCun, _CTl, _Des, _RN, _DQSC, _Tel],
      [128 | 0, 1, [() => DataQualityRuleResults, 0], 0, 128 | 0, 4, 4, [() => DataQualityAnalyzerResults, 0], [() => DataQualityObservations, 0], () => DataQualityAggregatedMetrics$, [() => StatisticSummaryList, 0], () => DataQualityConfigurationV2$, [0, 4], 128 | 0, 0, 0, () => DataQualityTelemetry$],
      4
    ];
    var PublishDataQualityResultV2Response$ = [
      3,
      n0,
      _PDQRVRu,
      0,
      [_RIes],
      [0],
      1
    ];
    var PutAssetRequest$ = [
      3,
      n0,
      _PAR,
      0,
      [_ATIs, _Ide, _N, _For, _D, _CTl],
      [0, 0, 0, () => AssetFormMap, 0, [0, 4]],
      4
    ];
    var PutAssetResponse$ = [
      3,
      n0,
      _PARu,
      0,
      [_Id, _N, _D, _CAr, _For],
      [0, 0, 0, 4, () => AssetFormMap],
      2
    ];
    var PutAssetTypeRequest$ = [
      3,
      n0,
      _PATR,
      0,
      [_N, _For, _CTl],
      [0, () => AssetTypeFormsMap, [0, 4]],
      2
    ];
    var PutAssetTypeResponse$ = [
      3,
      n0,
      _PATRu,
      0,
      [_Id, _N, _For],
      [0, 0, () => AssetTypeFormsMap]
    ];
    var PutAttachmentRequest$ = [
      3,
      n0,
      _PARut,
      0,
      [_AI, _AN, _Con, _FTI, _IFN, _II, _CTl],
      [[0, 1], 0, 0, 0, 0, 0, [0, 4]],
      4
    ];
    var PutAttachmentResponse$ = [
      3,
      n0,
      _PARutt,
      0,
      [_AI, _IFN, _II, _AN, _FTI],
      [0, 0, 0, 0, 0]
    ];
    var PutDataCatalogEncryptionSettingsRequest$ = [
      3,
      n0,
      _PDCESR,
      0,
      [_DCES, _CI],
      [() => DataCatalogEncryptionSettings$, 0],
      1
    ];
    var PutDataCatalogEncryptionSettingsResponse$ = [
      3,
      n0,
      _PDCESRu,
      0,
      [],
      []
    ];
    var PutDataCatalogExportConfigurationInput$ = [
      3,
      n0,
      _PDCECI,
      0,
      [_ESx, _ECn, _CTl],
      [0, () => ExportEncryptionConfiguration$, [0, 4]],
      1
    ];
    var PutDataCatalogExportConfigurationOutput$ = [
      3,
      n0,
      _PDCECO,
      0,
      [_ESx, _ECn],
      [0, () => ExportEncryptionConfiguration$]
    ];
    var PutDataQualityProfileAnnotationRequest$ = [
      3,
      n0,
      _PDQPAR,
      0,
      [_PI, _IAnc],
      [0, 0],
      2
    ];
    var PutDataQualityProfileAnnotationResponse$ = [
      3,
      n0,
      _PDQPARu,
      0,
      [],
      []
    ];
    var PutFormTypeRequest$ = [
      3,
      n0,
      _PFTR,
      0,
      [_N, _S, _CTl],
      [0, 0, [0, 4]],
      2
    ];
    var PutFormTypeResponse$ = [
      3,
      n0,
      _PFTRu,
      0,
      [_Id, _N, _S],
      [0, 0, 0]
    ];
    var PutResourcePolicyRequest$ = [
      3,
      n0,
      _PRPR,
      0,
      [_PIJ, _RAe, _PHC, _PEC, _EH],
      [0, 0, 0, 0, 0],
      1
    ];
    var PutResourcePolicyResponse$ = [
      3,
      n0,
      _PRPRu,
      0,
      [_PH],
      [0]
    ];
    var PutSchemaVersionMetadataInput$ = [
      3,
      n0,
      _PSVMI,
      0,
      [_MKV, _SIc, _SVN, _SVI],
      [() => MetadataKeyValuePair$, () => SchemaId$, () => SchemaVersionNumber$, 0],
      1
    ];
    var PutSchemaVersionMetadataResponse$ = [
      3,
      n0,
      _PSVMR,
      0,
      [_SAc, _SN, _RNe, _LVa, _VN, _SVI, _MK, _MVe],
      [0, 0, 0, 2, 1, 0, 0, 0]
    ];
    var PutWorkflowRunPropertiesRequest$ = [
      3,
      n0,
      _PWRPR,
      0,
      [_N, _RIun, _RPu],
      [0, 0, 128 | 0],
      3
    ];
    var PutWorkflowRunPropertiesResponse$ = [
      3,
      n0,
      _PWRPRu,
      0,
      [],
      []
    ];
    var QuerySchemaVersionMetadataInput$ = [
      3,
      n0,
      _QSVMI,
      0,
      [_SIc, _SVN, _SVI, _MLe, _MRax, _NTe],
      [() => SchemaId$, () => SchemaVersionNumber$, 0, () => MetadataList, 1, 0]
    ];
    var QuerySchemaVersionMetadataResponse$ = [
      3,
      n0,
      _QSVMR,
      0,
      [_MIM, _SVI, _NTe],
      [() => MetadataInfoMap, 0, 0]
    ];
    var QuerySessionContext$ = [
      3,
      n0,
      _QSC,
      0,
      [_QI, _QST, _CIlu, _QAI, _ACd],
      [0, 4, 0, 0, 128 | 0]
    ];
    var Recipe$ = [
      3,
      n0,
      _Rec,
      0,
      [_N, _I, _RRec, _RSec],
      [0, 64 | 0, () => RecipeReference$, () => RecipeSteps],
      2
    ];
    var RecipeAction$ = [
      3,
      n0,
      _RAec,
      0,
      [_Op, _Par],
      [0, 128 | 0],
      1
    ];
    var RecipeReference$ = [
      3,
      n0,
      _RRec,
      0,
      [_RAeci, _RV],
      [0, 0],
      2
    ];
    var RecipeStep$ = [
      3,
      n0,
      _RSeci,
      0,
      [_A, _CEond],
      [() => RecipeAction$, () => ConditionExpressionList],
      1
    ];
    var RecrawlPolicy$ = [
      3,
      n0,
      _RP,
      0,
      [_RB],
      [0]
    ];
    var RedshiftSource$ = [
      3,
      n0,
      _RS,
      0,
      [_N, _Dat, _Ta, _RTD, _TDIAMR],
      [0, 0, 0, 0, 0],
      3
    ];
    var RedshiftTarget$ = [
      3,
      n0,
      _RTe,
      0,
      [_N, _I, _Dat, _Ta, _RTD, _TDIAMR, _URO],
      [0, 64 | 0, 0, 0, 0, 0, () => UpsertRedshiftTargetOptions$],
      4
    ];
    var RegisterConnectionTypeRequest$ = [
      3,
      n0,
      _RCTR,
      0,
      [_CTo, _ITn, _CPo, _CACo, _RCe, _D, _Tag],
      [0, 0, () => ConnectionPropertiesConfiguration$, () => ConnectorAuthenticationConfiguration$, () => RestConfiguration$, 0, 128 | 0],
      5
    ];
    var RegisterConnectionTypeResponse$ = [
      3,
      n0,
      _RCTRe,
      0,
      [_CTA],
      [0]
    ];
    var RegisterSchemaVersionInput$ = [
      3,
      n0,
      _RSVI,
      0,
      [_SIc, _SD],
      [() => SchemaId$, 0],
      2
    ];
    var RegisterSchemaVersionResponse$ = [
      3,
      n0,
      _RSVR,
      0,
      [_SVI, _VN, _St],
      [0, 1, 0]
    ];
    var RegistryId$ = [
      3,
      n0,
      _RIe,
      0,
      [_RNe, _RAeg],
      [0, 0]
    ];
    var RegistryListItem$ = [
      3,
      n0,
      _RLI,
      0,
      [_RNe, _RAeg, _D, _St, _CTreat, _UTp],
      [0, 0, 0, 0, 0, 0]
    ];
    var RelationalCatalogSource$ = [
      3,
      n0,
      _RCS,
      0,
      [_N, _Dat, _Ta],
      [0, 0, 0],
      3
    ];
    var RemoveSchemaVersionMetadataInput$ = [
      3,
      n0,
      _RSVMI,
      0,
      [_MKV, _SIc, _SVN, _SVI],
      [() => MetadataKeyValuePair$, () => SchemaId$, () => SchemaVersionNumber$, 0],
      1
    ];
    var RemoveSchemaVersionMetadataResponse$ = [
      3,
      n0,
      _RSVMR,
      0,
      [_SAc, _SN, _RNe, _LVa, _VN, _SVI, _MK, _MVe],
      [0, 0, 0, 2, 1, 0, 0, 0]
    ];
    var RenameField$ = [
      3,
      n0,
      _RF,
      0,
      [_N, _I, _SPou, _TPar],
      [0, 64 | 0, 64 | 0, 64 | 0],
      4
    ];
    var ResetJobBookmarkRequest$ = [
      3,
      n0,
      _RJBR,
      0,
      [_JN, _RIun],
      [0, 0],
      1
    ];
    var ResetJobBookmarkResponse$ = [
      3,
      n0,
      _RJBRe,
      0,
      [_JBEo],
      [() => JobBookmarkEntry$]
    ];
    var ResourceUri$ = [
      3,
      n0,
      _RUe,
      0,
      [_RTes, _Uri, _LM],
      [0, 0, 4]
    ];
    var ResponseConfiguration$ = [
      3,
      n0,
      _RCes,
      0,
      [_RPe, _EPr],
      [0, 0],
      1
    ];
    var ResponseExtractionMapping$ = [
      3,
      n0,
      _REMe,
      0,
      [_CPont, _HK],
      [0, 0]
    ];
    var RestConfiguration$ = [
      3,
      n0,
      _RCe,
      0,
      [_GSC, _VEC, _ECnti],
      [() => SourceConfiguration$, () => SourceConfiguration$, () => EntityConfigurationMap]
    ];
    var ResumeWorkflowRunRequest$ = [
      3,
      n0,
      _RWRR,
      0,
      [_N, _RIun, _NI],
      [0, 0, 64 | 0],
      3
    ];
    var ResumeWorkflowRunResponse$ = [
      3,
      n0,
      _RWRRe,
      0,
      [_RIun, _NI],
      [0, 64 | 0]
    ];
    var RetentionConfiguration$ = [
      3,
      n0,
      _RCet,
      0,
      [_iC],
      [() => IcebergRetentionConfiguration$]
    ];
    var RetentionMetrics$ = [
      3,
      n0,
      _RMet,
      0,
      [_IM],
      [() => IcebergRetentionMetrics$]
    ];
    var RLSProperties$ = [
      3,
      n0,
      _RLSP,
      0,
      [_DRLSP],
      [0]
    ];
    var Route$ = [
      3,
      n0,
      _Ro,
      0,
      [_N, _I, _GFL],
      [0, 64 | 0, () => GroupFiltersList],
      3
    ];
    var RowLevelResultsOptions$ = [
      3,
      n0,
      _RLRO,
      0,
      [_MRTW, _RTesu, _CTC],
      [1, 0, () => CatalogTableConfigOptions$]
    ];
    var RunIdentifier$ = [
      3,
      n0,
      _RIund,
      0,
      [_RIun, _JRI],
      [0, 0]
    ];
    var RunMetrics$ = [
      3,
      n0,
      _RMun,
      0,
      [_NOBC, _NOFC, _NOD, _JDIH],
      [0, 0, 0, 0]
    ];
    var RunStatementRequest$ = [
      3,
      n0,
      _RSR,
      0,
      [_SIe, _Cod, _RO],
      [0, 0, 0],
      2
    ];
    var RunStatementResponse$ = [
      3,
      n0,
      _RSRu,
      0,
      [_Id],
      [1]
    ];
    var S3CatalogDeltaSource$ = [
      3,
      n0,
      _SCDS,
      0,
      [_N, _Dat, _Ta, _ADO, _OS],
      [0, 0, 0, 128 | 0, () => GlueSchemas],
      3
    ];
    var S3CatalogHudiSource$ = [
      3,
      n0,
      _SCHS,
      0,
      [_N, _Dat, _Ta, _AHO, _OS],
      [0, 0, 0, 128 | 0, () => GlueSchemas],
      3
    ];
    var S3CatalogIcebergSource$ = [
      3,
      n0,
      _SCIS,
      0,
      [_N, _Dat, _Ta, _AIO, _OS],
      [0, 0, 0, 128 | 0, () => GlueSchemas],
      3
    ];
    var S3CatalogSource$ = [
      3,
      n0,
      _SCSa,
      0,
      [_N, _Dat, _Ta, _PP, _AOdd],
      [0, 0, 0, 0, () => S3SourceAdditionalOptions$],
      3
    ];
    var S3CatalogTarget$ = [
      3,
      n0,
      _SCTa,
      0,
      [_N, _I, _Ta, _Dat, _PK, _SCP, _ADQ],
      [0, 64 | 0, 0, 0, [1, n0, _GSPL, 0, 64 | 0], () => CatalogSchemaChangePolicy$, () => AutoDataQuality$],
      4
    ];
    var S3CsvSource$ = [
      3,
      n0,
      _SCSs,
      0,
      [_N, _Pat, _Sep, _QCu, _CTomp, _Exc, _GSr, _GFr, _Recur, _MBa, _MFIB, _AOdd, _Es, _Mu, _WH, _WHr, _SFk, _OPp, _OS],
      [0, 64 | 0, 0, 0, 0, 64 | 0, 0, 0, 2, 1, 1, () => S3DirectSourceAdditionalOptions$, 0, 2, 2, 2, 2, 2, () => GlueSchemas],
      4
    ];
    var S3DeltaCatalogTarget$ = [
      3,
      n0,
      _SDCT,
      0,
      [_N, _I, _Ta, _Dat, _PK, _AOdd, _SCP, _ADQ, _OS],
      [0, 64 | 0, 0, 0, [1, n0, _GSPL, 0, 64 | 0], 128 | 0, () => CatalogSchemaChangePolicy$, () => AutoDataQuality$, () => GlueSchemas],
      4
    ];
    var S3DeltaDirectTarget$ = [
      3,
      n0,
      _SDDT,
      0,
      [_N, _I, _Path, _Compr, _Fo, _PK, _NTPu, _AOdd, _SCP, _ADQ],
      [0, 64 | 0, 0, 0, 0, [1, n0, _GSPL, 0, 64 | 0], 0, 128 | 0, () => DirectSchemaChangePolicy$, () => AutoDataQuality$],
      5
    ];
    var S3DeltaSource$ = [
      3,
      n0,
      _SDS,
      0,
      [_N, _Pat, _ADO, _AOdd, _OS],
      [0, 64 | 0, 128 | 0, () => S3DirectSourceAdditionalOptions$, () => GlueSchemas],
      2
    ];
    var S3DirectSourceAdditionalOptions$ = [
      3,
      n0,
      _SDSAO,
      0,
      [_BSou, _BF, _ESP, _SPa],
      [1, 1, 2, 0]
    ];
    var S3DirectTarget$ = [
      3,
      n0,
      _SDT,
      0,
      [_N, _I, _Path, _Fo, _PK, _Compr, _NTPu, _SCP, _ADQ, _OS],
      [0, 64 | 0, 0, 0, [1, n0, _GSPL, 0, 64 | 0], 0, 0, () => DirectSchemaChangePolicy$, () => AutoDataQuality$, () => GlueSchemas],
      4
    ];
    var S3Encryption$ = [
      3,
      n0,
      _SEn,
      0,
      [_SEM, _KKA],
      [0, 0]
    ];
    var S3ExcelSource$ = [
      3,
      n0,
      _SES,
      0,
      [_N, _Pat, _CTomp, _Exc, _GSr, _GFr, _Recur, _MBa, _MFIB, _AOdd, _NRu, _SFki, _OS],
      [0, 64 | 0, 0, 64 | 0, 0, 0, 2, 1, 1, () => S3DirectSourceAdditionalOptions$, 1, 1, () => GlueSchemas],
      2
    ];
    var S3GlueParquetTarget$ = [
      3,
      n0,
      _SGPT,
      0,
      [_N, _I, _Path, _PK, _Compr, _NTPu, _SCP, _ADQ],
      [0, 64 | 0, 0, [1, n0, _GSPL, 0, 64 | 0], 0, 0, () => DirectSchemaChangePolicy$, () => AutoDataQuality$],
      3
    ];
    var S3HudiCatalogTarget$ = [
      3,
      n0,
      _SHCT,
      0,
      [_N, _I, _Ta, _Dat, _AOdd, _PK, _SCP, _ADQ, _OS],
      [0, 64 | 0, 0, 0, 128 | 0, [1, n0, _GSPL, 0, 64 | 0], () => CatalogSchemaChangePolicy$, () => AutoDataQuality$, () => GlueSchemas],
      5
    ];
    var S3HudiDirectTarget$ = [
      3,
      n0,
      _SHDT,
      0,
      [_N, _I, _Path, _Compr, _Fo, _AOdd, _NTPu, _PK, _SCP, _ADQ],
      [0, 64 | 0, 0, 0, 0, 128 | 0, 0, [1, n0, _GSPL, 0, 64 | 0], () => DirectSchemaChangePolicy$, () => AutoDataQuality$],
      6
    ];
    var S3HudiSource$ = [
      3,
      n0,
      _SHS,
      0,
      [_N, _Pat, _AHO, _AOdd, _OS],
      [0, 64 | 0, 128 | 0, () => S3DirectSourceAdditionalOptions$, () => GlueSchemas],
      2
    ];
    var S3HyperDirectTarget$ = [
      3,
      n0,
      _SHDTy,
      0,
      [_N, _I, _Path, _Fo, _PK, _Compr, _SCP, _ADQ, _OS],
      [0, 64 | 0, 0, 0, [1, n0, _GSPL, 0, 64 | 0], 0, () => DirectSchemaChangePolicy$, () => AutoDataQuality$, () => GlueSchemas],
      3
    ];
    var S3IcebergCatalogTarget$ = [
      3,
      n0,
      _SICT,
      0,
      [_N, _I, _Ta, _Dat, _PK, _AOdd, _SCP, _ADQ],
      [0, 64 | 0, 0, 0, [1, n0, _GSPL, 0, 64 | 0], 128 | 0, () => CatalogSchemaChangePolicy$, () => AutoDataQuality$],
      4
    ];
    var S3IcebergDirectTarget$ = [
      3,
      n0,
      _SIDT,
      0,
      [_N, _I, _Path, _Fo, _Compr, _PK, _AOdd, _SCP, _ADQ, _NTPu, _OS],
      [0, 64 | 0, 0, 0, 0, [1, n0, _GSPL, 0, 64 | 0], 128 | 0, () => DirectSchemaChangePolicy$, () => AutoDataQuality$, 0, () => GlueSchemas],
      5
    ];
    var S3JsonSource$ = [
      3,
      n0,
      _SJS,
      0,
      [_N, _Pat, _CTomp, _Exc, _GSr, _GFr, _Recur, _MBa, _MFIB, _AOdd, _JP, _Mu, _OS],
      [0, 64 | 0, 0, 64 | 0, 0, 0, 2, 1, 1, () => S3DirectSourceAdditionalOptions$, 0, 2, () => GlueSchemas],
      2
    ];
    var S3ParquetSource$ = [
      3,
      n0,
      _SPS,
      0,
      [_N, _Pat, _CTomp, _Exc, _GSr, _GFr, _Recur, _MBa, _MFIB, _AOdd, _OS],
      [0, 64 | 0, 0, 64 | 0, 0, 0, 2, 1, 1, () => S3DirectSourceAdditionalOptions$, () => GlueSchemas],
      2
    ];
    var S3SourceAdditionalOptions$ = [
      3,
      n0,
      _SSAO,
      0,
      [_BSou, _BF],
      [1, 1]
    ];
    var S3Target$ = [
      3,
      n0,
      _STar,
      0,
      [_Path, _Exc, _CNo, _SSa, _EQA, _DEQA],
      [0, 64 | 0, 0, 1, 0, 0]
    ];
    var Schedule$ = [
      3,
      n0,
      _Sch,
      0,
      [_SEc, _Sta],
      [0, 0]
    ];
    var SchemaChangePolicy$ = [
      3,
      n0,
      _SCP,
      0,
      [_UB, _DB],
      [0, 0]
    ];
    var SchemaColumn$ = [
      3,
      n0,
      _SCch,
      0,
      [_N, _DTa],
      [0, 0]
    ];
    var SchemaId$ = [
      3,
      n0,
      _SIc,
      0,
      [_SAc, _SN, _RNe],
      [0, 0, 0]
    ];
    var SchemaListItem$ = [
      3,
      n0,
      _SLI,
      0,
      [_RNe, _SN, _SAc, _D, _SSc, _CTreat, _UTp],
      [0, 0, 0, 0, 0, 0, 0]
    ];
    var SchemaReference$ = [
      3,
      n0,
      _SRc,
      0,
      [_SIc, _SVI, _SVN],
      [() => SchemaId$, 0, 1]
    ];
    var SchemaVersionErrorItem$ = [
      3,
      n0,
      _SVEI,
      0,
      [_VN, _EDr],
      [1, () => ErrorDetails$]
    ];
    var SchemaVersionListItem$ = [
      3,
      n0,
      _SVLI,
      0,
      [_SAc, _SVI, _VN, _St, _CTreat],
      [0, 0, 1, 0, 0]
    ];
    var SchemaVersionNumber$ = [
      3,
      n0,
      _SVN,
      0,
      [_LVa, _VN],
      [2, 1]
    ];
    var SearchAssetsInput$ = [
      3,
      n0,
      _SAI,
      0,
      [_STea, _MRax, _NTe, _Sor, _FCil],
      [0, 1, 0, () => SearchSort$, () => SearchFilterClause$]
    ];
    var SearchAssetsOutput$ = [
      3,
      n0,
      _SAO,
      0,
      [_It, _NTe],
      [() => SearchResultItemList, 0]
    ];
    var SearchAttributeFilter$ = [
      3,
      n0,
      _SAF,
      0,
      [_Attr, _Ope, _V],
      [0, 0, () => SearchFilterValue$],
      2
    ];
    var SearchMapFilter$ = [
      3,
      n0,
      _SMF,
      0,
      [_Attr, _K, _V],
      [0, 0, () => SearchMapFilterValue$],
      3
    ];
    var SearchResultItem$ = [
      3,
      n0,
      _SRI,
      0,
      [_Id, _ANs, _AD, _UA, _ATIs],
      [0, 0, 0, 4, 0]
    ];
    var SearchSort$ = [
      3,
      n0,
      _SSea,
      0,
      [_Attr, _Or],
      [0, 0],
      1
    ];
    var SearchTablesRequest$ = [
      3,
      n0,
      _STR,
      0,
      [_CI, _NTe, _Fil, _STea, _SCor, _MRax, _RST, _ISD],
      [0, 0, () => SearchPropertyPredicates, 0, () => SortCriteria, 1, 0, 2]
    ];
    var SearchTablesResponse$ = [
      3,
      n0,
      _STRe,
      0,
      [_NTe, _TL],
      [0, () => TableList]
    ];
    var SecurityConfiguration$ = [
      3,
      n0,
      _SC,
      0,
      [_N, _CTS, _ECn],
      [0, 4, () => EncryptionConfiguration$]
    ];
    var Segment$ = [
      3,
      n0,
      _Seg,
      0,
      [_SNe, _TSo],
      [1, 1],
      2
    ];
    var SelectFields$ = [
      3,
      n0,
      _SF,
      0,
      [_N, _I, _Pat],
      [0, 64 | 0, [1, n0, _GSPL, 0, 64 | 0]],
      3
    ];
    var SelectFromCollection$ = [
      3,
      n0,
      _SFC,
      0,
      [_N, _I, _Ind],
      [0, 64 | 0, 1],
      3
    ];
    var SerDeInfo$ = [
      3,
      n0,
      _SDI,
      0,
      [_N, _SLe, _Par],
      [0, 0, 128 | 0]
    ];
    var Session$ = [
      3,
      n0,
      _Ses,
      0,
      [_Id, _CO, _St, _EM, _D, _Rol, _Comm, _DA, _Conn, _Prog, _MCax, _SC, _GV, _NOW, _WT, _COo, _ETx, _DPUS, _ITd, _PN, _STe],
      [0, 4, 0, 0, 0, 0, () => SessionCommand$, 128 | 0, () => ConnectionsList$, 1, 1, 0, 0, 1, 0, 4, 1, 1, 1, 0, 0]
    ];
    var SessionCommand$ = [
      3,
      n0,
      _SCess,
      0,
      [_N, _PVy],
      [0, 0]
    ];
    var SessionEndpoint$ = [
      3,
      n0,
      _SEe,
      0,
      [_Ur, _ATuth, _ATET],
      [0, [() => SensitiveString, 0], 4],
      3
    ];
    var SkewedInfo$ = [
      3,
      n0,
      _SIk,
      0,
      [_SCN, _SCV, _SCVLM],
      [64 | 0, 64 | 0, 128 | 0]
    ];
    var SnowflakeNodeData$ = [
      3,
      n0,
      _SND,
      0,
      [_ST, _Co, _S, _Ta, _Dat, _TD, _IR, _AOdd, _SQ, _PA, _PAo, _A, _U, _MA, _MWM, _MWNM, _MC, _STt, _SCe, _APut, _TS],
      [0, () => Option$, 0, 0, 0, 0, () => Option$, 128 | 0, 0, 0, 0, 0, 2, 0, 0, 0, 0, 0, () => OptionList, 2, () => OptionList]
    ];
    var SnowflakeSource$ = [
      3,
      n0,
      _SSn,
      0,
      [_N, _Da, _OS],
      [0, () => SnowflakeNodeData$, () => GlueSchemas],
      2
    ];
    var SnowflakeTarget$ = [
      3,
      n0,
      _STn,
      0,
      [_N, _Da, _I],
      [0, () => SnowflakeNodeData$, 64 | 0],
      2
    ];
    var SortCriterion$ = [
      3,
      n0,
      _SCort,
      0,
      [_FN, _Sor],
      [0, 0]
    ];
    var SourceConfiguration$ = [
      3,
      n0,
      _SCo,
      0,
      [_RM, _RPeq, _RPequ, _RCes, _PCa, _FCi],
      [0, 0, () => ConnectorPropertyList, () => ResponseConfiguration$, () => PaginationConfiguration$, () => FilterConfiguration$]
    ];
    var SourceControlDetails$ = [
      3,
      n0,
      _SCD,
      0,
      [_Prov, _Repo, _Ow, _Br, _Fol, _LCIas, _AS, _ATuth],
      [0, 0, 0, 0, 0, 0, 0, 0]
    ];
    var SourceProcessingProperties$ = [
      3,
      n0,
      _SPP,
      0,
      [_RA],
      [0]
    ];
    var SourceTableConfig$ = [
      3,
      n0,
      _STC,
      0,
      [_Fie, _FPi, _PKri, _RUF],
      [64 | 0, 0, 64 | 0, 0]
    ];
    var SparkConnectorSource$ = [
      3,
      n0,
      _SCS,
      0,
      [_N, _CNo, _CNon, _CTo, _AOdd, _OS],
      [0, 0, 0, 0, 128 | 0, () => GlueSchemas],
      4
    ];
    var SparkConnectorTarget$ = [
      3,
      n0,
      _SCT,
      0,
      [_N, _I, _CNo, _CNon, _CTo, _AOdd, _OS],
      [0, 64 | 0, 0, 0, 0, 128 | 0, () => GlueSchemas],
      5
    ];
    var SparkSQL$ = [
      3,
      n0,
      _SSQL,
      0,
      [_N, _I, _SQq, _SAq, _OS],
      [0, 64 | 0, 0, () => SqlAliases, () => GlueSchemas],
      4
    ];
    var Spigot$ = [
      3,
      n0,
      _Sp,
      0,
      [_N, _I, _Path, _To, _Prob],
      [0, 64 | 0, 0, 1, 1],
      3
    ];
    var SplitFields$ = [
      3,
      n0,
      _SFp,
      0,
      [_N, _I, _Pat],
      [0, 64 | 0, [1, n0, _GSPL, 0, 64 | 0]],
      3
    ];
    var SqlAlias$ = [
      3,
      n0,
      _SAql,
      0,
      [_Fr, _Al],
      [0, 0],
      2
    ];
    var StartBlueprintRunRequest$ = [
      3,
      n0,
      _SBRR,
      0,
      [_BN, _RA, _Par],
      [0, 0, 0],
      2
    ];
    var StartBlueprintRunResponse$ = [
      3,
      n0,
      _SBRRt,
      0,
      [_RIun],
      [0]
    ];
    var StartColumnStatisticsTaskRunRequest$ = [
      3,
      n0,
      _SCSTRR,
      0,
      [_DN, _TN, _Rol, _CNLo, _SSa, _CID, _SC],
      [0, 0, 0, 64 | 0, 1, 0, 0],
      3
    ];
    var StartColumnStatisticsTaskRunResponse$ = [
      3,
      n0,
      _SCSTRRt,
      0,
      [_CSTRI],
      [0]
    ];
    var StartColumnStatisticsTaskRunScheduleRequest$ = [
      3,
      n0,
      _SCSTRSR,
      0,
      [_DN, _TN, _CID],
      [0, 0, 0],
      2
    ];
    var StartColumnStatisticsTaskRunScheduleResponse$ = [
      3,
      n0,
      _SCSTRSRt,
      0,
      [],
      []
    ];
    var StartCrawlerRequest$ = [
      3,
      n0,
      _SCR,
      0,
      [_N],
      [0],
      1
    ];
    var StartCrawlerResponse$ = [
      3,
      n0,
      _SCRt,
      0,
      [],
      []
    ];
    var StartCrawlerScheduleRequest$ = [
      3,
      n0,
      _SCSR,
      0,
      [_CN],
      [0],
      1
    ];
    var StartCrawlerScheduleResponse$ = [
      3,
      n0,
      _SCSRt,
      0,
      [],
      []
    ];
    var StartDataQualityRuleRecommendationRunRequest$ = [
      3,
      n0,
      _SDQRRRR,
      0,
      [_DSa, _Rol, _NOW, _T, _CRN, _DQSC, _CTl, _ARO, _RMe],
      [() => DataSource$, 0, 1, 1, 0, 0, 0, () => DataQualityRuleRecommendationRunAdditionalRunOptions$, 0],
      2
    ];
    var StartDataQualityRuleRecommendationRunResponse$ = [
      3,
      n0,
      _SDQRRRRt,
      0,
      [_RIun],
      [0]
    ];
    var StartDataQualityRulesetEvaluationRunRequest$ = [
      3,
      n0,
      _SDQRERR,
      0,
      [_DSa, _Rol, _RNu, _NOW, _T, _CTl, _ARO, _ADS],
      [() => DataSource$, 0, 64 | 0, 1, 1, 0, () => DataQualityEvaluationRunAdditionalRunOptions$, () => DataSourceMap],
      3
    ];
    var StartDataQualityRulesetEvaluationRunResponse$ = [
      3,
      n0,
      _SDQRERRt,
      0,
      [_RIun],
      [0]
    ];
    var StartExportLabelsTaskRunRequest$ = [
      3,
      n0,
      _SELTRR,
      0,
      [_TIr, _OSP],
      [0, 0],
      2
    ];
    var StartExportLabelsTaskRunResponse$ = [
      3,
      n0,
      _SELTRRt,
      0,
      [_TRI],
      [0]
    ];
    var StartImportLabelsTaskRunRequest$ = [
      3,
      n0,
      _SILTRR,
      0,
      [_TIr, _ISP, _RAL],
      [0, 0, 2],
      2
    ];
    var StartImportLabelsTaskRunResponse$ = [
      3,
      n0,
      _SILTRRt,
      0,
      [_TRI],
      [0]
    ];
    var StartingEventBatchCondition$ = [
      3,
      n0,
      _SEBC,
      0,
      [_BS, _BW],
      [1, 1]
    ];
    var StartJobRunRequest$ = [
      3,
      n0,
      _SJRR,
      0,
      [_JN, _JRQE, _JRI, _Ar, _ACl, _T, _MCax, _SC, _NP, _WT, _NOW, _ECx, _ERSP],
      [0, 2, 0, 128 | 0, 1, 1, 1, 0, () => NotificationProperty$, 0, 1, 0, 0],
      1
    ];
    var StartJobRunResponse$ = [
      3,
      n0,
      _SJRRt,
      0,
      [_JRI],
      [0]
    ];
    var StartJobUpgradeAnalysisRequest$ = [
      3,
      n0,
      _SJUAR,
      0,
      [_jN, _aI, _uC],
      [0, 0, 0],
      1
    ];
    var StartJobUpgradeAnalysisResponse$ = [
      3,
      n0,
      _SJUARt,
      0,
      [_aI, _jN],
      [0, 0]
    ];
    var StartMaterializedViewRefreshTaskRunRequest$ = [
      3,
      n0,
      _SMVRTRR,
      0,
      [_CI, _DN, _TN, _FRu],
      [0, 0, 0, 2],
      3
    ];
    var StartMaterializedViewRefreshTaskRunResponse$ = [
      3,
      n0,
      _SMVRTRRt,
      0,
      [_MVRTRI],
      [0]
    ];
    var StartMLEvaluationTaskRunRequest$ = [
      3,
      n0,
      _SMLETRR,
      0,
      [_TIr],
      [0],
      1
    ];
    var StartMLEvaluationTaskRunResponse$ = [
      3,
      n0,
      _SMLETRRt,
      0,
      [_TRI],
      [0]
    ];
    var StartMLLabelingSetGenerationTaskRunRequest$ = [
      3,
      n0,
      _SMLLSGTRR,
      0,
      [_TIr, _OSP],
      [0, 0],
      2
    ];
    var StartMLLabelingSetGenerationTaskRunResponse$ = [
      3,
      n0,
      _SMLLSGTRRt,
      0,
      [_TRI],
      [0]
    ];
    var StartTriggerRequest$ = [
      3,
      n0,
      _STRt,
      0,
      [_N],
      [0],
      1
    ];
    var StartTriggerResponse$ = [
      3,
      n0,
      _STRta,
      0,
      [_N],
      [0]
    ];
    var StartWorkflowRunRequest$ = [
      3,
      n0,
      _SWRR,
      0,
      [_N, _RPu],
      [0, 128 | 0],
      1
    ];
    var StartWorkflowRunResponse$ = [
      3,
      n0,
      _SWRRt,
      0,
      [_RIun],
      [0]
    ];
    var Statement$ = [
      3,
      n0,
      _Stat,
      0,
      [_Id, _Cod, _Sta, _Ou, _Prog, _SO, _COo],
      [1, 0, 0, () => StatementOutput$, 1, 1, 1]
    ];
    var StatementOutput$ = [
      3,
      n0,
      _SOtat,
      0,
      [_Da, _ECxe, _St, _ENr, _EVr, _Trac],
      [() => StatementOutputData$, 1, 0, 0, 0, 64 | 0]
    ];
    var StatementOutputData$ = [
      3,
      n0,
      _SOD,
      0,
      [_TPe],
      [0]
    ];
    var StatisticAnnotation$ = [
      3,
      n0,
      _SAtat,
      0,
      [_PI, _SI, _SRO, _IAnc],
      [0, 0, 4, () => TimestampedInclusionAnnotation$]
    ];
    var StatisticModelResult$ = [
      3,
      n0,
      _SMR,
      0,
      [_LB, _UBp, _PVr, _AVc, _Date, _IAnc],
      [1, 1, 1, 1, 4, 0]
    ];
    var StatisticSummary$ = [
      3,
      n0,
      _SSt,
      0,
      [_SI, _PI, _RIund, _SNta, _DVo, _DVi, _EL, _CR, _RD, _SPta, _ROe, _IAnc],
      [0, 0, () => RunIdentifier$, 0, 1, () => DistributionData$, 0, 64 | 0, 64 | 0, [() => StatisticPropertiesMap, 0], 4, () => TimestampedInclusionAnnotation$]
    ];
    var StatusDetails$ = [
      3,
      n0,
      _SDtat,
      0,
      [_RCeq, _VV],
      [() => Table$, () => ViewValidationList]
    ];
    var StopColumnStatisticsTaskRunRequest$ = [
      3,
      n0,
      _SCSTRRto,
      0,
      [_DN, _TN, _CID],
      [0, 0, 0],
      2
    ];
    var StopColumnStatisticsTaskRunResponse$ = [
      3,
      n0,
      _SCSTRRtop,
      0,
      [],
      []
    ];
    var StopColumnStatisticsTaskRunScheduleRequest$ = [
      3,
      n0,
      _SCSTRSRto,
      0,
      [_DN, _TN, _CID],
      [0, 0, 0],
      2
    ];
    var StopColumnStatisticsTaskRunScheduleResponse$ = [
      3,
      n0,
      _SCSTRSRtop,
      0,
      [],
      []
    ];
    var StopCrawlerRequest$ = [
      3,
      n0,
      _SCRto,
      0,
      [_N],
      [0],
      1
    ];
    var StopCrawlerResponse$ = [
      3,
      n0,
      _SCRtop,
      0,
      [],
      []
    ];
    var StopCrawlerScheduleRequest$ = [
      3,
      n0,
      _SCSRto,
      0,
      [_CN],
      [0],
      1
    ];
    var StopCrawlerScheduleResponse$ = [
      3,
      n0,
      _SCSRtop,
      0,
      [],
      []
    ];
    var StopJobUpgradeAnalysisRequest$ = [
      3,
      n0,
      _SJUARto,
      0,
      [_jN, _aI],
      [0, 0],
      2
    ];
    var StopJobUpgradeAnalysisResponse$ = [
      3,
      n0,
      _SJUARtop,
      0,
      [],
      []
    ];
    var StopMaterializedViewRefreshTaskRunRequest$ = [
      3,
      n0,
      _SMVRTRRto,
      0,
      [_CI, _DN, _TN],
      [0, 0, 0],
      3
    ];
    var StopMaterializedViewRefreshTaskRunResponse$ = [
      3,
      n0,
      _SMVRTRRtop,
      0,
      [],
      []
    ];
    var StopSessionRequest$ = [
      3,
      n0,
      _SSR,
      0,
      [_Id, _RO],
      [0, 0],
      1
    ];
    var StopSessionResponse$ = [
      3,
      n0,
      _SSRt,
      0,
      [_Id],
      [0]
    ];
    var StopTriggerRequest$ = [
      3,
      n0,
      _STRto,
      0,
      [_N],
      [0],
      1
    ];
    var StopTriggerResponse$ = [
      3,
      n0,
      _STRtop,
      0,
      [_N],
      [0]
    ];
    var StopWorkflowRunRequest$ = [
      3,
      n0,
      _SWRRto,
      0,
      [_N, _RIun],
      [0, 0],
      2
    ];
    var StopWorkflowRunResponse$ = [
      3,
      n0,
      _SWRRtop,
      0,
      [],
      []
    ];
    var StorageDescriptor$ = [
      3,
      n0,
      _SDto,
      0,
      [_Col, _Lo, _ALd, _IFnp, _OF, _Compre, _NOB, _SIer, _BCu, _SCorto, _Par, _SIk, _SASD, _SRc],
      [() => ColumnList, 0, 64 | 0, 0, 0, 2, 1, () => SerDeInfo$, 64 | 0, () => OrderList, 128 | 0, () => SkewedInfo$, 2, () => SchemaReference$]
    ];
    var StreamingDataPreviewOptions$ = [
      3,
      n0,
      _SDPO,
      0,
      [_PTo, _RPL],
      [1, 1]
    ];
    var StringColumnStatisticsData$ = [
      3,
      n0,
      _SCSD,
      0,
      [_ML, _AL, _NON, _NODV],
      [1, 1, 1, 1],
      4
    ];
    var SubObjectStatistics$ = [
      3,
      n0,
      _SOS,
      0,
      [_ST, _GVI, _PCar, _FCile, _TFB],
      [0, 0, 1, 1, 1]
    ];
    var SupportedDialect$ = [
      3,
      n0,
      _SDu,
      0,
      [_Dia, _DVia],
      [0, 0]
    ];
    var Table$ = [
      3,
      n0,
      _Ta,
      0,
      [_N, _DN, _D, _Ow, _CTr, _UT, _LAT, _LATa, _Ret, _SDto, _PK, _VOT, _VET, _TTab, _Par, _CBr, _IRWLF, _TT, _CI, _VIe, _FT, _VD, _IMDV, _IMV, _ITM, _St, _RLSP],
      [0, 0, 0, 0, 4, 4, 4, 4, 1, () => StorageDescriptor$, () => ColumnList, 0, 0, 0, 128 | 0, 0, 2, () => TableIdentifier$, 0, 0, () => FederatedTable$, () => ViewDefinition$, 2, 2, () => IcebergTableMetadata$, () => TableStatus$, () => RLSProperties$],
      1
    ];
    var TableError$ = [
      3,
      n0,
      _TEa,
      0,
      [_TN, _ED],
      [0, () => ErrorDetail$]
    ];
    var TableIdentifier$ = [
      3,
      n0,
      _TIab,
      0,
      [_CI, _DN, _N, _Reg],
      [0, 0, 0, 0]
    ];
    var TableInput$ = [
      3,
      n0,
      _TIa,
      0,
      [_N, _D, _Ow, _LAT, _LATa, _Ret, _SDto, _PK, _VOT, _VET, _TTab, _Par, _TT, _FT, _VD],
      [0, 0, 0, 4, 4, 1, () => StorageDescriptor$, () => ColumnList, 0, 0, 0, 128 | 0, () => TableIdentifier$, () => FederatedTable$, () => ViewDefinitionInput$],
      1
    ];
    var TableOptimizer$ = [
      3,
      n0,
      _TOa,
      0,
      [_t, _co, _lR, _cS],
      [0, () => TableOptimizerConfiguration$, () => TableOptimizerRun$, 0]
    ];
    var TableOptimizerConfiguration$ = [
      3,
      n0,
      _TOC,
      0,
      [_rA, _en, _vC, _cC, _rC, _oFDC],
      [0, 2, () => TableOptimizerVpcConfiguration$, () => CompactionConfiguration$, () => RetentionConfiguration$, () => OrphanFileDeletionConfiguration$]
    ];
    var TableOptimizerRun$ = [
      3,
      n0,
      _TORa,
      0,
      [_eT, _sT, _eTn, _m, _e, _cM, _cSo, _rM, _oFDM],
      [0, 4, 4, () => RunMetrics$, 0, () => CompactionMetrics$, 0, () => RetentionMetrics$, () => OrphanFileDeletionMetrics$]
    ];
    var TableStatus$ = [
      3,
      n0,
      _TSa,
      0,
      [_RBe, _UBpd, _RTeq, _UT, _A, _Sta, _Er, _Det],
      [0, 0, 4, 4, 0, 0, () => ErrorDetail$, () => StatusDetails$]
    ];
    var TableVersion$ = [
      3,
      n0,
      _TVa,
      0,
      [_Ta, _VIe],
      [() => Table$, 0]
    ];
    var TableVersionError$ = [
      3,
      n0,
      _TVE,
      0,
      [_TN, _VIe, _ED],
      [0, 0, () => ErrorDetail$]
    ];
    var Tag$ = [
      3,
      n0,
      _Tag_,
      0,
      [_k, _v],
      [0, 0]
    ];
    var TagResourceRequest$ = [
      3,
      n0,
      _TRR,
      0,
      [_RAe, _TTA],
      [0, 128 | 0],
      2
    ];
    var TagResourceResponse$ = [
      3,
      n0,
      _TRRa,
      0,
      [],
      []
    ];
    var TargetProcessingProperties$ = [
      3,
      n0,
      _TPP,
      0,
      [_RA, _KA, _CNo, _EBA],
      [0, 0, 0, 0]
    ];
    var TargetRedshiftCatalog$ = [
      3,
      n0,
      _TRC,
      0,
      [_CAa],
      [0],
      1
    ];
    var TargetTableConfig$ = [
      3,
      n0,
      _TTC,
      0,
      [_US, _PSa, _TTN, _IAnt],
      [0, () => IntegrationPartitionSpecList, 0, 0]
    ];
    var TaskRun$ = [
      3,
      n0,
      _TRa,
      0,
      [_TIr, _TRI, _St, _LGN, _Pro, _ES, _SO, _LMO, _COo, _ETx],
      [0, 0, 0, 0, () => TaskRunProperties$, 0, 4, 4, 4, 1]
    ];
    var TaskRunFilterCriteria$ = [
      3,
      n0,
      _TRFC,
      0,
      [_TRT, _St, _SB, _SAta],
      [0, 0, 4, 4]
    ];
    var TaskRunProperties$ = [
      3,
      n0,
      _TRPa,
      0,
      [_TTas, _ILTRP, _ELTRP, _LSGTRP, _FMTRP],
      [0, () => ImportLabelsTaskRunProperties$, () => ExportLabelsTaskRunProperties$, () => LabelingSetGenerationTaskRunProperties$, () => FindMatchesTaskRunProperties$]
    ];
    var TaskRunSortCriteria$ = [
      3,
      n0,
      _TRSC,
      0,
      [_C, _SDo],
      [0, 0],
      2
    ];
    var TestConnectionInput$ = [
      3,
      n0,
      _TCI,
      0,
      [_CTo, _CPo, _ACuth],
      [0, 128 | 0, [() => AuthenticationConfigurationInput$, 0]],
      2
    ];
    var TestConnectionRequest$ = [
      3,
      n0,
      _TCR,
      0,
      [_CNo, _CI, _TCI],
      [0, 0, [() => TestConnectionInput$, 0]]
    ];
    var TestConnectionResponse$ = [
      3,
      n0,
      _TCRe,
      0,
      [],
      []
    ];
    var TimestampedInclusionAnnotation$ = [
      3,
      n0,
      _TIA,
      0,
      [_V, _LMO],
      [0, 4]
    ];
    var TimestampFilter$ = [
      3,
      n0,
      _TF,
      0,
      [_RBec, _RAeco],
      [4, 4]
    ];
    var TransformConfigParameter$ = [
      3,
      n0,
      _TCP,
      0,
      [_N, _Ty, _VR, _VM, _V, _LT, _IOs],
      [0, 0, 0, 0, 64 | 0, 0, 2],
      2
    ];
    var TransformEncryption$ = [
      3,
      n0,
      _TEr,
      0,
      [_MUDE, _TRSCN],
      [() => MLUserDataEncryption$, 0]
    ];
    var TransformFilterCriteria$ = [
      3,
      n0,
      _TFC,
      0,
      [_N, _TTr, _St, _GV, _CB, _CA, _LMB, _LMA, _S],
      [0, 0, 0, 0, 4, 4, 4, 4, () => TransformSchema]
    ];
    var TransformParameters$ = [
      3,
      n0,
      _TPr,
      0,
      [_TTr, _FMP],
      [0, () => FindMatchesParameters$],
      1
    ];
    var TransformSortCriteria$ = [
      3,
      n0,
      _TSC,
      0,
      [_C, _SDo],
      [0, 0],
      2
    ];
    var Trigger$ = [
      3,
      n0,
      _Tri,
      0,
      [_N, _WN, _Id, _Ty, _Sta, _D, _Sch, _Ac, _Pre, _EBC],
      [0, 0, 0, 0, 0, 0, 0, () => ActionList, () => Predicate$, () => EventBatchingCondition$]
    ];
    var TriggerNodeDetails$ = [
      3,
      n0,
      _TND,
      0,
      [_Tri],
      [() => Trigger$]
    ];
    var TriggerUpdate$ = [
      3,
      n0,
      _TUr,
      0,
      [_N, _D, _Sch, _Ac, _Pre, _EBC],
      [0, 0, 0, () => ActionList, () => Predicate$, () => EventBatchingCondition$]
    ];
    var UnfilteredPartition$ = [
      3,
      n0,
      _UPn,
      0,
      [_Part, _ACutho, _IRWLF],
      [() => Partition$, 64 | 0, 2]
    ];
    var Union$ = [
      3,
      n0,
      _Un,
      0,
      [_N, _I, _UTn],
      [0, 64 | 0, 0],
      3
    ];
    var UntagResourceRequest$ = [
      3,
      n0,
      _URR,
      0,
      [_RAe, _TTR],
      [0, 64 | 0],
      2
    ];
    var UntagResourceResponse$ = [
      3,
      n0,
      _URRn,
      0,
      [],
      []
    ];
    var UpdateAssetRequest$ = [
      3,
      n0,
      _UAR,
      0,
      [_Ide, _N, _D, _CTl],
      [[0, 1], 0, 0, [0, 4]],
      1
    ];
    var UpdateAssetResponse$ = [
      3,
      n0,
      _UARp,
      0,
      [_Id, _N, _D, _UA],
      [0, 0, 0, 4],
      1
    ];
    var UpdateBlueprintRequest$ = [
      3,
      n0,
      _UBR,
      0,
      [_N, _BL, _D],
      [0, 0, 0],
      2
    ];
    var UpdateBlueprintResponse$ = [
      3,
      n0,
      _UBRp,
      0,
      [_N],
      [0]
    ];
    var UpdateCatalogRequest$ = [
      3,
      n0,
      _UCR,
      0,
      [_CI, _CIa],
      [0, () => CatalogInput$],
      2
    ];
    var UpdateCatalogResponse$ = [
      3,
      n0,
      _UCRp,
      0,
      [],
      []
    ];
    var UpdateClassifierRequest$ = [
      3,
      n0,
      _UCRpd,
      0,
      [_GC, _XMLC, _JC, _CCs],
      [() => UpdateGrokClassifierRequest$, () => UpdateXMLClassifierRequest$, () => UpdateJsonClassifierRequest$, () => UpdateCsvClassifierRequest$]
    ];
    var UpdateClassifierResponse$ = [
      3,
      n0,
      _UCRpda,
      0,
      [],
      []
    ];
    var UpdateColumnStatisticsForPartitionRequest$ = [
      3,
      n0,
      _UCSFPR,
      0,
      [_DN, _TN, _PV, _CSL, _CI],
      [0, 0, 64 | 0, () => UpdateColumnStatisticsList, 0],
      4
    ];
    var UpdateColumnStatisticsForPartitionResponse$ = [
      3,
      n0,
      _UCSFPRp,
      0,
      [_E],
      [() => ColumnStatisticsErrors]
    ];
    var UpdateColumnStatisticsForTableRequest$ = [
      3,
      n0,
      _UCSFTR,
      0,
      [_DN, _TN, _CSL, _CI],
      [0, 0, () => UpdateColumnStatisticsList, 0],
      3
    ];
    var UpdateColumnStatisticsForTableResponse$ = [
      3,
      n0,
      _UCSFTRp,
      0,
      [_E],
      [() => ColumnStatisticsErrors]
    ];
    var UpdateColumnStatisticsTaskSettingsRequest$ = [
      3,
      n0,
      _UCSTSR,
      0,
      [_DN, _TN, _Rol, _Sch, _CNLo, _SSa, _CID, _SC],
      [0, 0, 0, 0, 64 | 0, 1, 0, 0],
      2
    ];
    var UpdateColumnStatisticsTaskSettingsResponse$ = [
      3,
      n0,
      _UCSTSRp,
      0,
      [],
      []
    ];
    var UpdateConnectionRequest$ = [
      3,
      n0,
      _UCRpdat,
      0,
      [_N, _CIon, _CI],
      [0, [() => ConnectionInput$, 0], 0],
      2
    ];
    var UpdateConnectionResponse$ = [
      3,
      n0,
      _UCRpdate,
      0,
      [],
      []
    ];
    var UpdateCrawlerRequest$ = [
      3,
      n0,
      _UCRpdater,
      0,
      [_N, _Rol, _DN, _D, _Targ, _Sch, _Cla, _TP, _SCP, _RP, _LC, _LFC, _Conf, _CSC, _CI],
      [0, 0, 0, 0, () => CrawlerTargets$, 0, 64 | 0, 0, () => SchemaChangePolicy$, () => RecrawlPolicy$, () => LineageConfiguration$, () => LakeFormationConfiguration$, 0, 0, 0],
      1
    ];
    var UpdateCrawlerResponse$ = [
      3,
      n0,
      _UCRpdatera,
      0,
      [],
      []
    ];
    var UpdateCrawlerScheduleRequest$ = [
      3,
      n0,
      _UCSR,
      0,
      [_CN, _Sch],
      [0, 0],
      1
    ];
    var UpdateCrawlerScheduleResponse$ = [
      3,
      n0,
      _UCSRp,
      0,
      [],
      []
    ];
    var UpdateCsvClassifierRequest$ = [
      3,
      n0,
      _UCCR,
      0,
      [_N, _De, _QS, _CHo, _H, _DVT, _ASC, _CDC, _CDu, _Se],
      [0, 0, 0, 0, 64 | 0, 2, 2, 2, 64 | 0, 0],
      1
    ];
    var UpdateDatabaseRequest$ = [
      3,
      n0,
      _UDR,
      0,
      [_N, _DI, _CI],
      [0, () => DatabaseInput$, 0],
      2
    ];
    var UpdateDatabaseResponse$ = [
      3,
      n0,
      _UDRp,
      0,
      [],
      []
    ];
    var UpdateDataQualityEvaluationConfigRequest$ = [
      3,
      n0,
      _UDQECR,
      0,
      [_N, _DSa, _RN, _MRN, _Tr, _SEc, _SAt, _EA, _PRa, _Rol, _NOW, _T, _ARO, _ADS],
      [0, () => DataQualityEvaluationConfigDataSource$, 0, 0, 64 | 0, 0, 4, 4, 2, 0, 1, 1, () => DataQualityEvaluationConfigAdditionalRunOptions$, () => DataSourceMap],
      1
    ];
    var UpdateDataQualityEvaluationConfigResponse$ = [
      3,
      n0,
      _UDQECRp,
      0,
      [_N, _ERM, _CO, _LMO, _L, _DSa, _RN, _MRN, _Tr, _SEc, _SAt, _EA, _PRa, _Rol, _NOW, _T, _ARO, _ADS],
      [0, 0, 4, 4, 0, () => DataQualityEvaluationConfigDataSource$, 0, 0, 64 | 0, 0, 4, 4, 2, 0, 1, 1, () => DataQualityEvaluationConfigAdditionalRunOptions$, () => DataSourceMap]
    ];
    var UpdateDataQualityRulesetRequest$ = [
      3,
      n0,
      _UDQRR,
      0,
      [_N, _D, _Rul],
      [0, 0, 0],
      1
    ];
    var UpdateDataQualityRulesetResponse$ = [
      3,
      n0,
      _UDQRRp,
      0,
      [_N, _D, _Rul],
      [0, 0, 0]
    ];
    var UpdateDevEndpointRequest$ = [
      3,
      n0,
      _UDER,
      0,
      [_EN, _PKu, _APK, _DPK, _CLu, _UEL, _DAe, _AAd],
      [0, 0, 64 | 0, 64 | 0, () => DevEndpointCustomLibraries$, 2, 64 | 0, 128 | 0],
      1
    ];
    var UpdateDevEndpointResponse$ = [
      3,
      n0,
      _UDERp,
      0,
      [],
      []
    ];
    var UpdateGlossaryRequest$ = [
      3,
      n0,
      _UGR,
      0,
      [_Ide, _N, _D, _CTl],
      [[0, 1], 0, 0, [0, 4]],
      1
    ];
    var UpdateGlossaryResponse$ = [
      3,
      n0,
      _UGRp,
      0,
      [_Id, _N, _D],
      [0, 0, 0]
    ];
    var UpdateGlossaryTermRequest$ = [
      3,
      n0,
      _UGTR,
      0,
      [_Ide, _N, _SDh, _LD, _CTl],
      [[0, 1], 0, 0, 0, [0, 4]],
      1
    ];
    var UpdateGlossaryTermResponse$ = [
      3,
      n0,
      _UGTRp,
      0,
      [_Id, _GIl, _N, _SDh, _LD],
      [0, 0, 0, 0, 0]
    ];
    var UpdateGlueIdentityCenterConfigurationRequest$ = [
      3,
      n0,
      _UGICCR,
      0,
      [_Sco, _UBSE],
      [64 | 0, 2]
    ];
    var UpdateGlueIdentityCenterConfigurationResponse$ = [
      3,
      n0,
      _UGICCRp,
      0,
      [],
      []
    ];
    var UpdateGrokClassifierRequest$ = [
      3,
      n0,
      _UGCR,
      0,
      [_N, _Clas, _GP, _CPus],
      [0, 0, 0, 0],
      1
    ];
    var UpdateIcebergInput$ = [
      3,
      n0,
      _UII,
      0,
      [_UITI],
      [() => UpdateIcebergTableInput$],
      1
    ];
    var UpdateIcebergTableInput$ = [
      3,
      n0,
      _UITI,
      0,
      [_Up],
      [() => IcebergTableUpdateList],
      1
    ];
    var UpdateIntegrationResourcePropertyRequest$ = [
      3,
      n0,
      _UIRPR,
      0,
      [_RAe, _SPP, _TPP],
      [0, () => SourceProcessingProperties$, () => TargetProcessingProperties$],
      1
    ];
    var UpdateIntegrationResourcePropertyResponse$ = [
      3,
      n0,
      _UIRPRp,
      0,
      [_RAe, _RPA, _SPP, _TPP],
      [0, 0, () => SourceProcessingProperties$, () => TargetProcessingProperties$]
    ];
    var UpdateIntegrationTablePropertiesRequest$ = [
      3,
      n0,
      _UITPR,
      0,
      [_RAe, _TN, _STC, _TTC],
      [0, 0, () => SourceTableConfig$, () => TargetTableConfig$],
      2
    ];
    var UpdateIntegrationTablePropertiesResponse$ = [
      3,
      n0,
      _UITPRp,
      0,
      [],
      []
    ];
    var UpdateJobFromSourceControlRequest$ = [
      3,
      n0,
      _UJFSCR,
      0,
      [_JN, _Prov, _RNep, _ROep, _BNr, _Fol, _CIom, _AS, _ATuth],
      [0, 0, 0, 0, 0, 0, 0, 0, 0]
    ];
    var UpdateJobFromSourceControlResponse$ = [
      3,
      n0,
      _UJFSCRp,
      0,
      [_JN],
      [0]
    ];
    var UpdateJobRequest$ = [
      3,
      n0,
      _UJR,
      0,
      [_JN, _JU],
      [0, [() => JobUpdate$, 0]],
      2
    ];
    var UpdateJobResponse$ = [
      3,
      n0,
      _UJRp,
      0,
      [_JN],
      [0]
    ];
    var UpdateJsonClassifierRequest$ = [
      3,
      n0,
      _UJCR,
      0,
      [_N, _JP],
      [0, 0],
      1
    ];
    var UpdateMLTransformRequest$ = [
      3,
      n0,
      _UMLTR,
      0,
      [_TIr, _N, _D, _Par, _Rol, _GV, _MCax, _WT, _NOW, _T, _MR],
      [0, 0, 0, () => TransformParameters$, 0, 0, 1, 0, 1, 1, 1],
      1
    ];
    var UpdateMLTransformResponse$ = [
      3,
      n0,
      _UMLTRp,
      0,
      [_TIr],
      [0]
    ];
    var UpdateOpenTableFormatInput$ = [
      3,
      n0,
      _UOTFI,
      0,
      [_UII],
      [() => UpdateIcebergInput$]
    ];
    var UpdatePartitionRequest$ = [
      3,
      n0,
      _UPR,
      0,
      [_DN, _TN, _PVL, _PIa, _CI],
      [0, 0, 64 | 0, () => PartitionInput$, 0],
      4
    ];
    var UpdatePartitionResponse$ = [
      3,
      n0,
      _UPRp,
      0,
      [],
      []
    ];
    var UpdateRegistryInput$ = [
      3,
      n0,
      _URI,
      0,
      [_RIe, _D],
      [() => RegistryId$, 0],
      2
    ];
    var UpdateRegistryResponse$ = [
      3,
      n0,
      _URRp,
      0,
      [_RNe, _RAeg],
      [0, 0]
    ];
    var UpdateSchemaInput$ = [
      3,
      n0,
      _USI,
      0,
      [_SIc, _SVN, _Comp, _D],
      [() => SchemaId$, () => SchemaVersionNumber$, 0, 0],
      1
    ];
    var UpdateSchemaResponse$ = [
      3,
      n0,
      _USR,
      0,
      [_SAc, _SN, _RNe],
      [0, 0, 0]
    ];
    var UpdateSourceControlFromJobRequest$ = [
      3,
      n0,
      _USCFJR,
      0,
      [_JN, _Prov, _RNep, _ROep, _BNr, _Fol, _CIom, _AS, _ATuth],
      [0, 0, 0, 0, 0, 0, 0, 0, 0]
    ];
    var UpdateSourceControlFromJobResponse$ = [
      3,
      n0,
      _USCFJRp,
      0,
      [_JN],
      [0]
    ];
    var UpdateTableOptimizerRequest$ = [
      3,
      n0,
      _UTOR,
      0,
      [_CI, _DN, _TN, _Ty, _TOC],
      [0, 0, 0, 0, () => TableOptimizerConfiguration$],
      5
    ];
    var UpdateTableOptimizerResponse$ = [
      3,
      n0,
      _UTORp,
      0,
      [],
      []
    ];
    var UpdateTableRequest$ = [
      3,
      n0,
      _UTR,
      0,
      [_DN, _CI, _N, _TIa, _SAk, _TI, _VIe, _VUA, _Forc, _UOTFI],
      [0, 0, 0, () => TableInput$, 2, 0, 0, 0, 2, () => UpdateOpenTableFormatInput$],
      1
    ];
    var UpdateTableResponse$ = [
      3,
      n0,
      _UTRp,
      0,
      [],
      []
    ];
    var UpdateTriggerRequest$ = [
      3,
      n0,
      _UTRpd,
      0,
      [_N, _TUr],
      [0, () => TriggerUpdate$],
      2
    ];
    var UpdateTriggerResponse$ = [
      3,
      n0,
      _UTRpda,
      0,
      [_Tri],
      [() => Trigger$]
    ];
    var UpdateUsageProfileRequest$ = [
      3,
      n0,
      _UUPR,
      0,
      [_N, _Conf, _D],
      [0, () => ProfileConfiguration$, 0],
      2
    ];
    var UpdateUsageProfileResponse$ = [
      3,
      n0,
      _UUPRp,
      0,
      [_N],
      [0]
    ];
    var UpdateUserDefinedFunctionRequest$ = [
      3,
      n0,
      _UUDFR,
      0,
      [_DN, _FNu, _FI, _CI],
      [0, 0, () => UserDefinedFunctionInput$, 0],
      3
    ];
    var UpdateUserDefinedFunctionResponse$ = [
      3,
      n0,
      _UUDFRp,
      0,
      [],
      []
    ];
    var UpdateWorkflowRequest$ = [
      3,
      n0,
      _UWR,
      0,
      [_N, _D, _DRP, _MCR],
      [0, 0, 128 | 0, 1],
      1
    ];
    var UpdateWorkflowResponse$ = [
      3,
      n0,
      _UWRp,
      0,
      [_N],
      [0]
    ];
    var UpdateXMLClassifierRequest$ = [
      3,
      n0,
      _UXMLCR,
      0,
      [_N, _Clas, _RTo],
      [0, 0, 0],
      1
    ];
    var UpsertRedshiftTargetOptions$ = [
      3,
      n0,
      _URTO,
      0,
      [_TLa, _CNo, _UKp],
      [0, 0, 64 | 0]
    ];
    var UsageProfileDefinition$ = [
      3,
      n0,
      _UPD,
      0,
      [_N, _D, _CO, _LMO],
      [0, 0, 4, 4]
    ];
    var UserDefinedFunction$ = [
      3,
      n0,
      _UDF,
      0,
      [_FNu, _DN, _CNl, _ON, _FTu, _OT, _CTr, _RUes, _ALr, _GM, _CI],
      [0, 0, 0, 0, 0, 0, 4, () => ResourceUriList, 0, 0, 0]
    ];
    var UserDefinedFunctionInput$ = [
      3,
      n0,
      _UDFI,
      0,
      [_FNu, _CNl, _ON, _FTu, _OT, _RUes, _ALr, _GM],
      [0, 0, 0, 0, 0, () => ResourceUriList, 0, 0]
    ];
    var ViewDefinition$ = [
      3,
      n0,
      _VD,
      0,
      [_IPs, _IMs, _Def, _VVI, _VVT, _RSef, _LRT, _SOu, _SOVI, _SOSu, _Repr, _SPI],
      [2, 2, 0, 1, 0, 1, 0, 64 | 0, 64 | 1, () => SubObjectsStatisticsList, () => ViewRepresentationList, 128 | 0]
    ];
    var ViewDefinitionInput$ = [
      3,
      n0,
      _VDI,
      0,
      [_IPs, _IMs, _Def, _Repr, _VVI, _VVT, _RSef, _LRT, _SOu, _SOVI, _SOSu, _SPI],
      [2, 2, 0, () => ViewRepresentationInputList, 1, 0, 1, 0, 64 | 0, 64 | 1, () => SubObjectsStatisticsList, 128 | 0]
    ];
    var ViewRepresentation$ = [
      3,
      n0,
      _VRi,
      0,
      [_Dia, _DVia, _VOT, _VET, _VCa, _ISs],
      [0, 0, 0, 0, 0, 2]
    ];
    var ViewRepresentationInput$ = [
      3,
      n0,
      _VRI,
      0,
      [_Dia, _DVia, _VOT, _VCa, _VET],
      [0, 0, 0, 0, 0]
    ];
    var ViewValidation$ = [
      3,
      n0,
      _VVi,
      0,
      [_Dia, _DVia, _VVTi, _UT, _Sta, _Er],
      [0, 0, 0, 4, 0, () => ErrorDetail$]
    ];
    var Workflow$ = [
      3,
      n0,
      _Wo,
      0,
      [_N, _D, _DRP, _CO, _LMO, _LR, _Gr, _MCR, _BD],
      [0, 0, 128 | 0, 4, 4, () => WorkflowRun$, () => WorkflowGraph$, 1, () => BlueprintDetails$]
    ];
    var WorkflowGraph$ = [
      3,
      n0,
      _WG,
      0,
      [_Nod, _Edg],
      [() => NodeList, () => EdgeList]
    ];
    var WorkflowRun$ = [
      3,
      n0,
      _WR,
      0,
      [_N, _WRI, _PRI, _WRP, _SO, _COo, _St, _EM, _Stati, _Gr, _SEBC],
      [0, 0, 0, 128 | 0, 4, 4, 0, 0, () => WorkflowRunStatistics$, () => WorkflowGraph$, () => StartingEventBatchCondition$]
    ];
    var WorkflowRunStatistics$ = [
      3,
      n0,
      _WRS,
      0,
      [_TAo, _TAi, _FA, _SAto, _SAu, _RAu, _EAr, _WA],
      [1, 1, 1, 1, 1, 1, 1, 1]
    ];
    var XMLClassifier$ = [
      3,
      n0,
      _XMLC,
      0,
      [_N, _Clas, _CTre, _LU, _Ver, _RTo],
      [0, 0, 4, 4, 1, 0],
      2
    ];
    var ActionList = [
      1,
      n0,
      _ALc,
      0,
      () => Action$
    ];
    var AggregateOperations = [
      1,
      n0,
      _AOg,
      0,
      () => AggregateOperation$
    ];
    var AllowedValues = [
      1,
      n0,
      _AVl,
      0,
      () => AllowedValue$
    ];
    var AmazonRedshiftAdvancedOptions = [
      1,
      n0,
      _ARAOm,
      0,
      () => AmazonRedshiftAdvancedOption$
    ];
    var AnnotationErrorList = [
      1,
      n0,
      _AEL,
      0,
      () => AnnotationError$
    ];
    var AnnotationList = [
      1,
      n0,
      _ALn,
      0,
      () => StatisticAnnotation$
    ];
    var AssetTypeItemList = [
      1,
      n0,
      _ATIL,
      0,
      () => AssetTypeItem$
    ];
    var BackfillErroredPartitionsList = [
      1,
      n0,
      _BEPL,
      0,
      () => PartitionValueList$
    ];
    var BackfillErrors = [
      1,
      n0,
      _BEa,
      0,
      () => BackfillError$
    ];
    var BatchDeletePartitionValueList = [
      1,
      n0,
      _BDPVL,
      0,
      () => PartitionValueList$
    ];
    var BatchGetPartitionValueList = [
      1,
      n0,
      _BGPVL,
      0,
      () => PartitionValueList$
    ];
    var BatchGetTableOptimizerEntries = [
      1,
      n0,
      _BGTOEat,
      0,
      () => BatchGetTableOptimizerEntry$
    ];
    var BatchGetTableOptimizerErrors = [
      1,
      n0,
      _BGTOEatc,
      0,
      () => BatchGetTableOptimizerError$
    ];
    var BatchStopJobRunErrorList = [
      1,
      n0,
      _BSJREL,
      0,
      () => BatchStopJobRunError$
    ];
    var BatchStopJobRunSuccessfulSubmissionList = [
      1,
      n0,
      _BSJRSSL,
      0,
      () => BatchStopJobRunSuccessfulSubmission$
    ];
    var BatchTableOptimizers = [
      1,
      n0,
      _BTOa,
      0,
      () => BatchTableOptimizer$
    ];
    var BatchUpdatePartitionFailureList = [
      1,
      n0,
      _BUPFL,
      0,
      () => BatchUpdatePartitionFailureEntry$
    ];
    var BatchUpdatePartitionRequestEntryList = [
      1,
      n0,
      _BUPREL,
      0,
      () => BatchUpdatePartitionRequestEntry$
    ];
    var BlueprintRuns = [
      1,
      n0,
      _BRl,
      0,
      () => BlueprintRun$
    ];
    var Blueprints = [
      1,
      n0,
      _B,
      0,
      () => Blueprint$
    ];
    var CatalogEntries = [
      1,
      n0,
      _CEat,
      0,
      () => CatalogEntry$
    ];
    var CatalogList = [
      1,
      n0,
      _CLa,
      0,
      () => Catalog$
    ];
    var CatalogTargetList = [
      1,
      n0,
      _CTL,
      0,
      () => CatalogTarget$
    ];
    var ClassifierList = [
      1,
      n0,
      _CLl,
      0,
      () => Classifier$
    ];
    var CodeGenNodeArgs = [
      1,
      n0,
      _CGNAo,
      0,
      () => CodeGenNodeArg$
    ];
    var ColumnErrors = [
      1,
      n0,
      _CEol,
      0,
      () => ColumnError$
    ];
    var ColumnImportanceList = [
      1,
      n0,
      _CIL,
      0,
      () => ColumnImportance$
    ];
    var ColumnList = [
      1,
      n0,
      _CLol,
      0,
      () => Column$
    ];
    var ColumnRowFilterList = [
      1,
      n0,
      _CRFL,
      0,
      () => ColumnRowFilter$
    ];
    var ColumnStatisticsErrors = [
      1,
      n0,
      _CSEol,
      0,
      () => ColumnStatisticsError$
    ];
    var ColumnStatisticsList = [
      1,
      n0,
      _CSL,
      0,
      () => ColumnStatistics$
    ];
    var ColumnStatisticsTaskRunsList = [
      1,
      n0,
      _CSTRL,
      0,
      () => ColumnStatisticsTaskRun$
    ];
    var ConditionExpressionList = [
      1,
      n0,
      _CEL,
      0,
      () => ConditionExpression$
    ];
    var ConditionList = [
      1,
      n0,
      _CLon,
      0,
      () => Condition$
    ];
    var ConnectionList = [
      1,
      n0,
      _CLo,
      0,
      () => Connection$
    ];
    var ConnectionTypeList = [
      1,
      n0,
      _CTLo,
      0,
      () => ConnectionTypeBrief$
    ];
    var ConnectionTypeVariantList = [
      1,
      n0,
      _CTVL,
      0,
      () => ConnectionTypeVariant$
    ];
    var ConnectorPropertyList = [
      1,
      n0,
      _CPL,
      0,
      () => ConnectorProperty$
    ];
    var CrawlerHistoryList = [
      1,
      n0,
      _CHL,
      0,
      () => CrawlerHistory$
    ];
    var CrawlerList = [
      1,
      n0,
      _CLr,
      0,
      () => Crawler$
    ];
    var CrawlerMetricsList = [
      1,
      n0,
      _CML,
      0,
      () => CrawlerMetrics$
    ];
    var CrawlList = [
      1,
      n0,
      _CLra,
      0,
      () => Crawl$
    ];
    var CrawlsFilterList = [
      1,
      n0,
      _CFL,
      0,
      () => CrawlsFilter$
    ];
    var CustomEntityTypes = [
      1,
      n0,
      _CET,
      0,
      () => CustomEntityType$
    ];
    var DagEdges = [
      1,
      n0,
      _DEa,
      0,
      () => CodeGenEdge$
    ];
    var DagNodes = [
      1,
      n0,
      _DNa,
      0,
      () => CodeGenNode$
    ];
    var DatabaseList = [
      1,
      n0,
      _DL,
      0,
      () => Database$
    ];
    var DataQualityAnalyzerResults = [
      1,
      n0,
      _DQARa,
      0,
      [
        () => DataQualityAnalyzerResult$,
        0
      ]
    ];
    var DataQualityEvaluationConfigList = [
      1,
      n0,
      _DQECL,
      0,
      () => DataQualityEvaluationConfigListDetails$
    ];
    var DataQualityObservations = [
      1,
      n0,
      _DQOa,
      0,
      [
        () => DataQualityObservation$,
        0
      ]
    ];
    var DataQualityResultDescriptionList = [
      1,
      n0,
      _DQRDL,
      0,
      () => DataQualityResultDescription$
    ];
    var DataQualityResultsList = [
      1,
      n0,
      _DQRL,
      0,
      [
        () => DataQualityResult$,
        0
      ]
    ];
    var DataQualityResultsV2DescriptionList = [
      1,
      n0,
      _DQRVDL,
      0,
      () => DataQualityResultsV2Description$
    ];
    var DataQualityResultV2List = [
      1,
      n0,
      _DQRVL,
      0,
      [
        () => DataQualityResultV2Item$,
        0
      ]
    ];
    var DataQualityRuleRecommendationRunList = [
      1,
      n0,
      _DQRRRL,
      0,
      () => DataQualityRuleRecommendationRunDescription$
    ];
    var DataQualityRuleResults = [
      1,
      n0,
      _DQRR,
      0,
      [
        () => DataQualityRuleResult$,
        0
      ]
    ];
    var DataQualityRulesetEvaluationRunList = [
      1,
      n0,
      _DQRERL,
      0,
      () => DataQualityRulesetEvaluationRunDescription$
    ];
    var DataQualityRulesetEvaluationRunsList = [
      1,
      n0,
      _DQRERLa,
      0,
      () => DataQualityRulesetEvaluationRun$
    ];
    var DataQualityRulesetList = [
      1,
      n0,
      _DQRLa,
      0,
      () => DataQualityRulesetListDetails$
    ];
    var DeltaTargetList = [
      1,
      n0,
      _DTL,
      0,
      () => DeltaTarget$
    ];
    var DevEndpointList = [
      1,
      n0,
      _DEL,
      0,
      () => DevEndpoint$
    ];
    var DynamoDBTargetList = [
      1,
      n0,
      _DDBTL,
      0,
      () => DynamoDBTarget$
    ];
    var EdgeList = [
      1,
      n0,
      _ELd,
      0,
      () => Edge$
    ];
    var EntityList = [
      1,
      n0,
      _ELn,
      0,
      () => Entity$
    ];
    var FieldsList = [
      1,
      n0,
      _FL,
      0,
      () => Field$
    ];
    var FilterExpressions = [
      1,
      n0,
      _FEil,
      0,
      () => FilterExpression$
    ];
    var FilterValues = [
      1,
      n0,
      _FVil,
      0,
      () => FilterValue$
    ];
    var FormTypeItemList = [
      1,
      n0,
      _FTIL,
      0,
      () => FormTypeItem$
    ];
    var GetResourcePoliciesResponseList = [
      1,
      n0,
      _GRPRL,
      0,
      () => GluePolicy$
    ];
    var GetTableVersionsList = [
      1,
      n0,
      _GTVL,
      0,
      () => TableVersion$
    ];
    var GlossaryItemList = [
      1,
      n0,
      _GIL,
      0,
      () => GlossaryItem$
    ];
    var GlossaryTermItemList = [
      1,
      n0,
      _GTIL,
      0,
      () => GlossaryTermItem$
    ];
    var GlueSchemas = [
      1,
      n0,
      _GSl,
      0,
      () => GlueSchema$
    ];
    var GlueStudioSchemaColumnList = [
      1,
      n0,
      _GSSCL,
      0,
      () => GlueStudioSchemaColumn$
    ];
    var GlueTables = [
      1,
      n0,
      _GTl,
      0,
      () => GlueTable$
    ];
    var GroupFiltersList = [
      1,
      n0,
      _GFL,
      0,
      () => GroupFilters$
    ];
    var HudiTargetList = [
      1,
      n0,
      _HTL,
      0,
      () => HudiTarget$
    ];
    var IcebergPartitionSpecFieldList = [
      1,
      n0,
      _IPSFL,
      0,
      () => IcebergPartitionField$
    ];
    var IcebergPartitionSpecList = [
      1,
      n0,
      _IPSL,
      0,
      () => IcebergPartitionSpec$
    ];
    var IcebergSchemaList = [
      1,
      n0,
      _ISL,
      0,
      () => IcebergSchema$
    ];
    var IcebergSortOrderFieldList = [
      1,
      n0,
      _ISOFL,
      0,
      () => IcebergSortField$
    ];
    var IcebergSortOrderList = [
      1,
      n0,
      _ISOL,
      0,
      () => IcebergSortOrder$
    ];
    var IcebergStructFieldList = [
      1,
      n0,
      _ISFL,
      0,
      () => IcebergStructField$
    ];
    var IcebergTableUpdateList = [
      1,
      n0,
      _ITUL,
      0,
      () => IcebergTableUpdate$
    ];
    var IcebergTargetList = [
      1,
      n0,
      _ITL,
      0,
      () => IcebergTarget$
    ];
    var InboundIntegrationsList = [
      1,
      n0,
      _IIL,
      0,
      () => InboundIntegration$
    ];
    var InclusionAnnotationList = [
      1,
      n0,
      _IAL,
      0,
      () => DatapointInclusionAnnotation$
    ];
    var IntegrationErrorList = [
      1,
      n0,
      _IEL,
      0,
      () => IntegrationError$
    ];
    var IntegrationFilterList = [
      1,
      n0,
      _IFL,
      0,
      () => IntegrationFilter$
    ];
    var IntegrationPartitionSpecList = [
      1,
      n0,
      _IPSLn,
      0,
      () => IntegrationPartition$
    ];
    var IntegrationResourcePropertyFilterList = [
      1,
      n0,
      _IRPFL,
      0,
      () => IntegrationResourcePropertyFilter$
    ];
    var IntegrationResourcePropertyList = [
      1,
      n0,
      _IRPL,
      0,
      () => IntegrationResourceProperty$
    ];
    var IntegrationsList = [
      1,
      n0,
      _IL,
      0,
      () => Integration$
    ];
    var IntegrationTablePropertiesFilterList = [
      1,
      n0,
      _ITPFL,
      0,
      () => IntegrationTablePropertiesFilter$
    ];
    var IntegrationTablePropertiesList = [
      1,
      n0,
      _ITPL,
      0,
      () => IntegrationTableProperties$
    ];
    var IntegrationTagsList = [
      1,
      n0,
      _ITLn,
      0,
      () => Tag$
    ];
    var ItemErrorList = [
      1,
      n0,
      _IELt,
      0,
      () => ItemError$
    ];
    var IterableFormItemList = [
      1,
      n0,
      _IFIL,
      0,
      () => IterableFormItem$
    ];
    var IterableFormListItemList = [
      1,
      n0,
      _IFLIL,
      0,
      () => IterableFormListItem$
    ];
    var JdbcTargetList = [
      1,
      n0,
      _JTL,
      0,
      () => JdbcTarget$
    ];
    var JobList = [
      1,
      n0,
      _JL,
      0,
      [
        () => Job$,
        0
      ]
    ];
    var JobRunList = [
      1,
      n0,
      _JRL,
      0,
      () => JobRun$
    ];
    var JoinColumns = [
      1,
      n0,
      _JCoin,
      0,
      () => JoinColumn$
    ];
    var KeySchemaElementList = [
      1,
      n0,
      _KSEL,
      0,
      () => KeySchemaElement$
    ];
    var MappingList = [
      1,
      n0,
      _MLa,
      0,
      () => MappingEntry$
    ];
    var Mappings = [
      1,
      n0,
      _Map,
      0,
      () => Mapping$
    ];
    var MaterializedViewRefreshTaskRunsList = [
      1,
      n0,
      _MVRTRL,
      0,
      () => MaterializedViewRefreshTaskRun$
    ];
    var MetadataList = [
      1,
      n0,
      _MLe,
      0,
      () => MetadataKeyValuePair$
    ];
    var MongoDBTargetList = [
      1,
      n0,
      _MDBTL,
      0,
      () => MongoDBTarget$
    ];
    var NodeList = [
      1,
      n0,
      _NL,
      0,
      () => Node$
    ];
    var NullValueFields = [
      1,
      n0,
      _NVFu,
      0,
      () => NullValueField$
    ];
    var OptionList = [
      1,
      n0,
      _OL,
      0,
      () => Option$
    ];
    var OrderList = [
      1,
      n0,
      _OLr,
      0,
      () => Order$
    ];
    var OtherMetadataValueList = [
      1,
      n0,
      _OMVL,
      0,
      () => OtherMetadataValueListItem$
    ];
    var PartitionErrors = [
      1,
      n0,
      _PEar,
      0,
      () => PartitionError$
    ];
    var PartitionIndexDescriptorList = [
      1,
      n0,
      _PIDL,
      0,
      () => PartitionIndexDescriptor$
    ];
    var PartitionIndexList = [
      1,
      n0,
      _PILa,
      0,
      () => PartitionIndex$
    ];
    var PartitionInputList = [
      1,
      n0,
      _PIL,
      0,
      () => PartitionInput$
    ];
    var PartitionList = [
      1,
      n0,
      _PLa,
      0,
      () => Partition$
    ];
    var PredecessorList = [
      1,
      n0,
      _PLr,
      0,
      () => Predecessor$
    ];
    var PrincipalPermissionsList = [
      1,
      n0,
      _PPL,
      0,
      () => PrincipalPermissions$
    ];
    var RecipeSteps = [
      1,
      n0,
      _RSec,
      0,
      () => RecipeStep$
    ];
    var Records = [
      1,
      n0,
      _Reco,
      8,
      [
        () => _Record,
        0
      ]
    ];
    var RegistryListDefinition = [
      1,
      n0,
      _RLD,
      0,
      () => RegistryListItem$
    ];
    var ResourceUriList = [
      1,
      n0,
      _RUL,
      0,
      () => ResourceUri$
    ];
    var S3EncryptionList = [
      1,
      n0,
      _SEL,
      0,
      () => S3Encryption$
    ];
    var S3TargetList = [
      1,
      n0,
      _STL,
      0,
      () => S3Target$
    ];
    var SchemaListDefinition = [
      1,
      n0,
      _SLD,
      0,
      () => SchemaListItem$
    ];
    var SchemaVersionErrorList = [
      1,
      n0,
      _SVEL,
      0,
      () => SchemaVersionErrorItem$
    ];
    var SchemaVersionList = [
      1,
      n0,
      _SVL,
      0,
      () => SchemaVersionListItem$
    ];
    var SearchFilterClauseList = [
      1,
      n0,
      _SFCL,
      0,
      () => SearchFilterClause$
    ];
    var SearchPropertyPredicates = [
      1,
      n0,
      _SPPe,
      0,
      () => PropertyPredicate$
    ];
    var SearchResultItemList = [
      1,
      n0,
      _SRIL,
      0,
      () => SearchResultItem$
    ];
    var SecurityConfigurationList = [
      1,
      n0,
      _SCL,
      0,
      () => SecurityConfiguration$
    ];
    var SessionList = [
      1,
      n0,
      _SLes,
      0,
      () => Session$
    ];
    var SortCriteria = [
      1,
      n0,
      _SCor,
      0,
      () => SortCriterion$
    ];
    var SqlAliases = [
      1,
      n0,
      _SAq,
      0,
      () => SqlAlias$
    ];
    var StatementList = [
      1,
      n0,
      _SLt,
      0,
      () => Statement$
    ];
    var StatisticModelResults = [
      1,
      n0,
      _SMRt,
      0,
      () => StatisticModelResult$
    ];
    var StatisticSummaryList = [
      1,
      n0,
      _SSL,
      0,
      [
        () => StatisticSummary$,
        0
      ]
    ];
    var SubObjectsStatisticsList = [
      1,
      n0,
      _SOSL,
      0,
      () => SubObjectStatistics$
    ];
    var TableErrors = [
      1,
      n0,
      _TEab,
      0,
      () => TableError$
    ];
    var TableList = [
      1,
      n0,
      _TL,
      0,
      () => Table$
    ];
    var TableOptimizerRuns = [
      1,
      n0,
      _TOR,
      0,
      () => TableOptimizerRun$
    ];
    var TableVersionErrors = [
      1,
      n0,
      _TVEa,
      0,
      () => TableVersionError$
    ];
    var TaskRunList = [
      1,
      n0,
      _TRL,
      0,
      () => TaskRun$
    ];
    var TransformConfigParameterList = [
      1,
      n0,
      _TCPL,
      0,
      () => TransformConfigParameter$
    ];
    var TransformList = [
      1,
      n0,
      _TLr,
      0,
      () => MLTransform$
    ];
    var TransformSchema = [
      1,
      n0,
      _TSr,
      0,
      () => SchemaColumn$
    ];
    var TriggerList = [
      1,
      n0,
      _TLri,
      0,
      () => Trigger$
    ];
    var UnfilteredPartitionList = [
      1,
      n0,
      _UPL,
      0,
      () => UnfilteredPartition$
    ];
    var UpdateColumnStatisticsList = [
      1,
      n0,
      _UCSL,
      0,
      () => ColumnStatistics$
    ];
    var UsageProfileDefinitionList = [
      1,
      n0,
      _UPDL,
      0,
      () => UsageProfileDefinition$
    ];
    var UserDefinedFunctionList = [
      1,
      n0,
      _UDFL,
      0,
      () => UserDefinedFunction$
    ];
    var ViewRepresentationInputList = [
      1,
      n0,
      _VRIL,
      0,
      () => ViewRepresentationInput$
    ];
    var ViewRepresentationList = [
      1,
      n0,
      _VRL,
      0,
      () => ViewRepresentation$
    ];
    var ViewValidationList = [
      1,
      n0,
      _VVL,
      0,
      () => ViewValidation$
    ];
    var WorkflowRuns = [
      1,
      n0,
      _WRo,
      0,
      () => WorkflowRun$
    ];
    var Workflows = [
      1,
      n0,
      _W,
      0,
      () => Workflow$
    ];
    var AssetFormMap = [
      2,
      n0,
      _AFM,
      0,
      0,
      () => AssetFormEntry$
    ];
    var AssetTypeFormsMap = [
      2,
      n0,
      _ATFM,
      0,
      0,
      () => AssetTypeFormReference$
    ];
    var CodeGenConfigurationNodes = [
      2,
      n0,
      _CGCNo,
      8,
      0,
      () => CodeGenConfigurationNode$
    ];
    var ComputeEnvironmentConfigurationMap = [
      2,
      n0,
      _CECM,
      0,
      0,
      () => ComputeEnvironmentConfiguration$
    ];
    var ConfigurationMap = [
      2,
      n0,
      _CMon,
      0,
      0,
      () => ConfigurationObject$
    ];
    var CredentialMap = [
      2,
      n0,
      _CMre,
      8,
      0,
      0
    ];
    var DataSourceMap = [
      2,
      n0,
      _DSM,
      0,
      0,
      () => DataSource$
    ];
    var EntityConfigurationMap = [
      2,
      n0,
      _ECM,
      0,
      0,
      () => EntityConfiguration$
    ];
    var ErrorByName = [
      2,
      n0,
      _EBN,
      0,
      0,
      () => ErrorDetail$
    ];
    var EvaluatedDistributionsMap = [
      2,
      n0,
      _EDM,
      8,
      0,
      () => DistributionData$
    ];
    var EvaluatedMetricsMap = [
      2,
      n0,
      _EMM,
      8,
      0,
      1
    ];
    var FieldDefinitionMap = [
      2,
      n0,
      _FDM,
      0,
      0,
      () => FieldDefinition$
    ];
    var IterableFormMap = [
      2,
      n0,
      _IFM,
      0,
      0,
      () => IterableFormEntry$
    ];
    var MetadataInfoMap = [
      2,
      n0,
      _MIM,
      0,
      0,
      () => MetadataInfo$
    ];
    var PropertiesMap = [
      2,
      n0,
      _PM,
      0,
      0,
      () => Property$
    ];
    var RuleMetricsMap = [
      2,
      n0,
      _RMM,
      8,
      0,
      1
    ];
    var StatisticPropertiesMap = [
      2,
      n0,
      _SPM,
      8,
      0,
      0
    ];
    var SearchFilterClause$ = [
      4,
      n0,
      _SFCe,
      0,
      [_AAF, _OAF, _AFt, _MF],
      [() => SearchFilterClauseList, () => SearchFilterClauseList, () => SearchAttributeFilter$, () => SearchMapFilter$]
    ];
    var SearchFilterValue$ = [
      4,
      n0,
      _SFV,
      0,
      [_SVt, _LVo],
      [0, 1]
    ];
    var SearchMapFilterValue$ = [
      4,
      n0,
      _SMFV,
      0,
      [_SVt],
      [0]
    ];
    var TableOptimizerVpcConfiguration$ = [
      4,
      n0,
      _TOVC,
      0,
      [_gCN],
      [0]
    ];
    var AssociateGlossaryTerms$ = [
      9,
      n0,
      _AGT,
      { [_h]: ["POST", "/assets/{AssetIdentifier}/associate-glossary-terms", 200] },
      () => AssociateGlossaryTermsRequest$,
      () => AssociateGlossaryTermsResponse$
    ];
    var BatchCreatePartition$ = [
      9,
      n0,
      _BCP,
      0,
      () => BatchCreatePartitionRequest$,
      () => BatchCreatePartitionResponse$
    ];
    var BatchDeleteConnection$ = [
      9,
      n0,
      _BDC,
      0,
      () => BatchDeleteConnectionRequest$,
      () => BatchDeleteConnectionResponse$
    ];
    var BatchDeletePartition$ = [
      9,
      n0,
      _BDP,
      0,
      () => BatchDeletePartitionRequest$,
      () => BatchDeletePartitionResponse$
    ];
    var BatchDeleteTable$ = [
      9,
      n0,
      _BDT,
      0,
      () => BatchDeleteTableRequest$,
      () => BatchDeleteTableResponse$
    ];
    var BatchDeleteTableVersion$ = [
      9,
      n0,
      _BDTV,
      0,
      () => BatchDeleteTableVersionRequest$,
      () => BatchDeleteTableVersionResponse$
    ];
    var BatchGetBlueprints$ = [
      9,
      n0,
      _BGB,
      0,
      () => BatchGetBlueprintsRequest$,
      () => BatchGetBlueprintsResponse$
    ];
    var BatchGetCrawlers$ = [
      9,
      n0,
      _BGC,
      0,
      () => BatchGetCrawlersRequest$,
      () => BatchGetCrawlersResponse$
    ];
    var BatchGetCustomEntityTypes$ = [
      9,
      n0,
      _BGCET,
      0,
      () => BatchGetCustomEntityTypesRequest$,
      () => BatchGetCustomEntityTypesResponse$
    ];
    var BatchGetDataQualityResult$ = [
      9,
      n0,
      _BGDQR,
      0,
      () => BatchGetDataQualityResultRequest$,
      () => BatchGetDataQualityResultResponse$
    ];
    var BatchGetDataQualityResultV2$ = [
      9,
      n0,
      _BGDQRV,
      0,
      () => BatchGetDataQualityResultV2Request$,
      () => BatchGetDataQualityResultV2Response$
    ];
    var BatchGetDataQualityRulesetEvaluationRun$ = [
      9,
      n0,
      _BGDQRER,
      0,
      () => BatchGetDataQualityRulesetEvaluationRunRequest$,
      () => BatchGetDataQualityRulesetEvaluationRunResponse$
    ];
    var BatchGetDevEndpoints$ = [
      9,
      n0,
      _BGDE,
      0,
      () => BatchGetDevEndpointsRequest$,
      () => BatchGetDevEndpointsResponse$
    ];
    var BatchGetIterableForms$ = [
      9,
      n0,
      _BGIF,
      { [_h]: ["POST", "/assets/{AssetIdentifier}/iterable-forms/{IterableFormName}/batch-get", 200] },
      () => BatchGetIterableFormsRequest$,
      () => BatchGetIterableFormsResponse$
    ];
    var BatchGetJobs$ = [
      9,
      n0,
      _BGJ,
      0,
      () => BatchGetJobsRequest$,
      () => BatchGetJobsResponse$
    ];
    var BatchGetPartition$ = [
      9,
      n0,
      _BGP,
      0,
      () => BatchGetPartitionRequest$,
      () => BatchGetPartitionResponse$
    ];
    var BatchGetTableOptimizer$ = [
      9,
      n0,
      _BGTO,
      0,
      () => BatchGetTableOptimizerRequest$,
      () => BatchGetTableOptimizerResponse$
    ];
    var BatchGetTriggers$ = [
      9,
      n0,
      _BGT,
      0,
      () => BatchGetTriggersRequest$,
      () => BatchGetTriggersResponse$
    ];
    var BatchGetWorkflows$ = [
      9,
      n0,
      _BGW,
      0,
      () => BatchGetWorkflowsRequest$,
      () => BatchGetWorkflowsResponse$
    ];
    var BatchPutDataQualityStatisticAnnotation$ = [
      9,
      n0,
      _BPDQSA,
      0,
      () => BatchPutDataQualityStatisticAnnotationRequest$,
      () => BatchPutDataQualityStatisticAnnotationResponse$
    ];
    var BatchStopJobRun$ = [
      9,
      n0,
      _BSJR,
      0,
      () => BatchStopJobRunRequest$,
      () => BatchStopJobRunResponse$
    ];
    var BatchUpdatePartition$ = [
      9,
      n0,
      _BUP,
      0,
      () => BatchUpdatePartitionRequest$,
      () => BatchUpdatePartitionResponse$
    ];
    var CancelDataQualityRuleRecommendationRun$ = [
      9,
      n0,
      _CDQRRR,
      0,
      () => CancelDataQualityRuleRecommendationRunRequest$,
      () => CancelDataQualityRuleRecommendationRunResponse$
    ];
    var CancelDataQualityRulesetEvaluationRun$ = [
      9,
      n0,
      _CDQRER,
      0,
      () => CancelDataQualityRulesetEvaluationRunRequest$,
      () => CancelDataQualityRulesetEvaluationRunResponse$
    ];
    var CancelMLTaskRun$ = [
      9,
      n0,
      _CMLTRa,
      0,
      () => CancelMLTaskRunRequest$,
      () => CancelMLTaskRunResponse$
    ];
    var CancelStatement$ = [
      9,
      n0,
      _CSa,
      0,
      () => CancelStatementRequest$,
      () => CancelStatementResponse$
    ];
    var CheckSchemaVersionValidity$ = [
      9,
      n0,
      _CSVV,
      0,
      () => CheckSchemaVersionValidityInput$,
      () => CheckSchemaVersionValidityResponse$
    ];
    var CreateBlueprint$ = [
      9,
      n0,
      _CBre,
      0,
      () => CreateBlueprintRequest$,
      () => CreateBlueprintResponse$
    ];
    var CreateCatalog$ = [
      9,
      n0,
      _CCr,
      0,
      () => CreateCatalogRequest$,
      () => CreateCatalogResponse$
    ];
    var CreateClassifier$ = [
      9,
      n0,
      _CCre,
      0,
      () => CreateClassifierRequest$,
      () => CreateClassifierResponse$
    ];
    var CreateColumnStatisticsTaskSettings$ = [
      9,
      n0,
      _CCSTS,
      0,
      () => CreateColumnStatisticsTaskSettingsRequest$,
      () => CreateColumnStatisticsTaskSettingsResponse$
    ];
    var CreateConnection$ = [
      9,
      n0,
      _CCrea,
      0,
      () => CreateConnectionRequest$,
      () => CreateConnectionResponse$
    ];
    var CreateCrawler$ = [
      9,
      n0,
      _CCreat,
      0,
      () => CreateCrawlerRequest$,
      () => CreateCrawlerResponse$
    ];
    var CreateCustomEntityType$ = [
      9,
      n0,
      _CCET,
      0,
      () => CreateCustomEntityTypeRequest$,
      () => CreateCustomEntityTypeResponse$
    ];
    var CreateDatabase$ = [
      9,
      n0,
      _CDre,
      0,
      () => CreateDatabaseRequest$,
      () => CreateDatabaseResponse$
    ];
    var CreateDataQualityEvaluationConfig$ = [
      9,
      n0,
      _CDQEC,
      2,
      () => CreateDataQualityEvaluationConfigRequest$,
      () => CreateDataQualityEvaluationConfigResponse$
    ];
    var CreateDataQualityRuleset$ = [
      9,
      n0,
      _CDQR,
      2,
      () => CreateDataQualityRulesetRequest$,
      () => CreateDataQualityRulesetResponse$
    ];
    var CreateDevEndpoint$ = [
      9,
      n0,
      _CDE,
      0,
      () => CreateDevEndpointRequest$,
      () => CreateDevEndpointResponse$
    ];
    var CreateGlossary$ = [
      9,
      n0,
      _CG,
      { [_h]: ["POST", "/glossaries", 200] },
      () => CreateGlossaryRequest$,
      () => CreateGlossaryResponse$
    ];
    var CreateGlossaryTerm$ = [
      9,
      n0,
      _CGT,
      { [_h]: ["POST", "/glossary-terms", 200] },
      () => CreateGlossaryTermRequest$,
      () => CreateGlossaryTermResponse$
    ];
    var CreateGlueIdentityCenterConfiguration$ = [
      9,
      n0,
      _CGICC,
      0,
      () => CreateGlueIdentityCenterConfigurationRequest$,
      () => CreateGlueIdentityCenterConfigurationResponse$
    ];
    var CreateIntegration$ = [
      9,
      n0,
      _CIre,
      0,
      () => CreateIntegrationRequest$,
      () => CreateIntegrationResponse$
    ];
    var CreateIntegrationResourceProperty$ = [
      9,
      n0,
      _CIRP,
      0,
      () => CreateIntegrationResourcePropertyRequest$,
      () => CreateIntegrationResourcePropertyResponse$
    ];
    var CreateIntegrationTableProperties$ = [
      9,
      n0,
      _CITP,
      0,
      () => CreateIntegrationTablePropertiesRequest$,
      () => CreateIntegrationTablePropertiesResponse$
    ];
    var CreateJob$ = [
      9,
      n0,
      _CJ,
      0,
      () => CreateJobRequest$,
      () => CreateJobResponse$
    ];
    var CreateMLTransform$ = [
      9,
      n0,
      _CMLT,
      0,
      () => CreateMLTransformRequest$,
      () => CreateMLTransformResponse$
    ];
    var CreatePartition$ = [
      9,
      n0,
      _CPr,
      0,
      () => CreatePartitionRequest$,
      () => CreatePartitionResponse$
    ];
    var CreatePartitionIndex$ = [
      9,
      n0,
      _CPI,
      0,
      () => CreatePartitionIndexRequest$,
      () => CreatePartitionIndexResponse$
    ];
    var CreateRegistry$ = [
      9,
      n0,
      _CRr,
      0,
      () => CreateRegistryInput$,
      () => CreateRegistryResponse$
    ];
    var CreateSchema$ = [
      9,
      n0,
      _CSre,
      0,
      () => CreateSchemaInput$,
      () => CreateSchemaResponse$
    ];
    var CreateScript$ = [
      9,
      n0,
      _CSrea,
      0,
      () => CreateScriptRequest$,
      () => CreateScriptResponse$
    ];
    var CreateSecurityConfiguration$ = [
      9,
      n0,
      _CSCr,
      0,
      () => CreateSecurityConfigurationRequest$,
      () => CreateSecurityConfigurationResponse$
    ];
    var CreateSession$ = [
      9,
      n0,
      _CSreat,
      0,
      () => CreateSessionRequest$,
      () => CreateSessionResponse$
    ];
    var CreateTable$ = [
      9,
      n0,
      _CTreate,
      0,
      () => CreateTableRequest$,
      () => CreateTableResponse$
    ];
    var CreateTableOptimizer$ = [
      9,
      n0,
      _CTO,
      0,
      () => CreateTableOptimizerRequest$,
      () => CreateTableOptimizerResponse$
    ];
    var CreateTrigger$ = [
      9,
      n0,
      _CTreater,
      0,
      () => CreateTriggerRequest$,
      () => CreateTriggerResponse$
    ];
    var CreateUsageProfile$ = [
      9,
      n0,
      _CUP,
      0,
      () => CreateUsageProfileRequest$,
      () => CreateUsageProfileResponse$
    ];
    var CreateUserDefinedFunction$ = [
      9,
      n0,
      _CUDF,
      0,
      () => CreateUserDefinedFunctionRequest$,
      () => CreateUserDefinedFunctionResponse$
    ];
    var CreateWorkflow$ = [
      9,
      n0,
      _CWr,
      0,
      () => CreateWorkflowRequest$,
      () => CreateWorkflowResponse$
    ];
    var DeleteAsset$ = [
      9,
      n0,
      _DAel,
      { [_h]: ["DELETE", "/assets/{Identifier}", 200] },
      () => DeleteAssetRequest$,
      () => DeleteAssetResponse$
    ];
    var DeleteAssetType$ = [
      9,
      n0,
      _DAT,
      { [_h]: ["DELETE", "/asset-types/{Identifier}", 200] },
      () => DeleteAssetTypeRequest$,
      () => DeleteAssetTypeResponse$
    ];
    var DeleteAttachment$ = [
      9,
      n0,
      _DAele,
      { [_h]: ["DELETE", "/assets/{AssetIdentifier}/attachments/{AttachmentName}", 200] },
      () => DeleteAttachmentRequest$,
      () => DeleteAttachmentResponse$
    ];
    var DeleteBlueprint$ = [
      9,
      n0,
      _DBe,
      0,
      () => DeleteBlueprintRequest$,
      () => DeleteBlueprintResponse$
    ];
    var DeleteCatalog$ = [
      9,
      n0,
      _DC,
      0,
      () => DeleteCatalogRequest$,
      () => DeleteCatalogResponse$
    ];
    var DeleteClassifier$ = [
      9,
      n0,
      _DCe,
      0,
      () => DeleteClassifierRequest$,
      () => DeleteClassifierResponse$
    ];
    var DeleteColumnStatisticsForPartition$ = [
      9,
      n0,
      _DCSFP,
      0,
      () => DeleteColumnStatisticsForPartitionRequest$,
      () => DeleteColumnStatisticsForPartitionResponse$
    ];
    var DeleteColumnStatisticsForTable$ = [
      9,
      n0,
      _DCSFT,
      0,
      () => DeleteColumnStatisticsForTableRequest$,
      () => DeleteColumnStatisticsForTableResponse$
    ];
    var DeleteColumnStatisticsTaskSettings$ = [
      9,
      n0,
      _DCSTS,
      0,
      () => DeleteColumnStatisticsTaskSettingsRequest$,
      () => DeleteColumnStatisticsTaskSettingsResponse$
    ];
    var DeleteConnection$ = [
      9,
      n0,
      _DCel,
      0,
      () => DeleteConnectionRequest$,
      () => DeleteConnectionResponse$
    ];
    var DeleteConnectionType$ = [
      9,
      n0,
      _DCT,
      0,
      () => DeleteConnectionTypeRequest$,
      () => DeleteConnectionTypeResponse$
    ];
    var DeleteCrawler$ = [
      9,
      n0,
      _DCele,
      0,
      () => DeleteCrawlerRequest$,
      () => DeleteCrawlerResponse$
    ];
    var DeleteCustomEntityType$ = [
      9,
      n0,
      _DCET,
      0,
      () => DeleteCustomEntityTypeRequest$,
      () => DeleteCustomEntityTypeResponse$
    ];
    var DeleteDatabase$ = [
      9,
      n0,
      _DDe,
      0,
      () => DeleteDatabaseRequest$,
      () => DeleteDatabaseResponse$
    ];
    var DeleteDataQualityEvaluationConfig$ = [
      9,
      n0,
      _DDQEC,
      0,
      () => DeleteDataQualityEvaluationConfigRequest$,
      () => DeleteDataQualityEvaluationConfigResponse$
    ];
    var DeleteDataQualityRuleset$ = [
      9,
      n0,
      _DDQR,
      0,
      () => DeleteDataQualityRulesetRequest$,
      () => DeleteDataQualityRulesetResponse$
    ];
    var DeleteDevEndpoint$ = [
      9,
      n0,
      _DDE,
      0,
      () => DeleteDevEndpointRequest$,
      () => DeleteDevEndpointResponse$
    ];
    var DeleteFormType$ = [
      9,
      n0,
      _DFT,
      { [_h]: ["DELETE", "/form-types/{Identifier}", 200] },
      () => DeleteFormTypeRequest$,
      () => DeleteFormTypeResponse$
    ];
    var DeleteGlossary$ = [
      9,
      n0,
      _DG,
      { [_h]: ["DELETE", "/glossaries/{Identifier}", 200] },
      () => DeleteGlossaryRequest$,
      () => DeleteGlossaryResponse$
    ];
    var DeleteGlossaryTerm$ = [
      9,
      n0,
      _DGT,
      { [_h]: ["DELETE", "/glossary-terms/{Identifier}", 200] },
      () => DeleteGlossaryTermRequest$,
      () => DeleteGlossaryTermResponse$
    ];
    var DeleteGlueIdentityCenterConfiguration$ = [
      9,
      n0,
      _DGICC,
      0,
      () => DeleteGlueIdentityCenterConfigurationRequest$,
      () => DeleteGlueIdentityCenterConfigurationResponse$
    ];
    var DeleteIntegration$ = [
      9,
      n0,
      _DIel,
      0,
      () => DeleteIntegrationRequest$,
      () => DeleteIntegrationResponse$
    ];
    var DeleteIntegrationResourceProperty$ = [
      9,
      n0,
      _DIRP,
      0,
      () => DeleteIntegrationResourcePropertyRequest$,
      () => DeleteIntegrationResourcePropertyResponse$
    ];
    var DeleteIntegrationTableProperties$ = [
      9,
      n0,
      _DITP,
      0,
      () => DeleteIntegrationTablePropertiesRequest$,
      () => DeleteIntegrationTablePropertiesResponse$
    ];
    var DeleteJob$ = [
      9,
      n0,
      _DJ,
      0,
      () => DeleteJobRequest$,
      () => DeleteJobResponse$
    ];
    var DeleteMLTransform$ = [
      9,
      n0,
      _DMLT,
      0,
      () => DeleteMLTransformRequest$,
      () => DeleteMLTransformResponse$
    ];
    var DeletePartition$ = [
      9,
      n0,
      _DPe,
      0,
      () => DeletePartitionRequest$,
      () => DeletePartitionResponse$
    ];
    var DeletePartitionIndex$ = [
      9,
      n0,
      _DPI,
      0,
      () => DeletePartitionIndexRequest$,
      () => DeletePartitionIndexResponse$
    ];
    var DeleteRegistry$ = [
      9,
      n0,
      _DRe,
      0,
      () => DeleteRegistryInput$,
      () => DeleteRegistryResponse$
    ];
    var DeleteResourcePolicy$ = [
      9,
      n0,
      _DRPe,
      0,
      () => DeleteResourcePolicyRequest$,
      () => DeleteResourcePolicyResponse$
    ];
    var DeleteSchema$ = [
      9,
      n0,
      _DSel,
      0,
      () => DeleteSchemaInput$,
      () => DeleteSchemaResponse$
    ];
    var DeleteSchemaVersions$ = [
      9,
      n0,
      _DSV,
      0,
      () => DeleteSchemaVersionsInput$,
      () => DeleteSchemaVersionsResponse$
    ];
    var DeleteSecurityConfiguration$ = [
      9,
      n0,
      _DSC,
      0,
      () => DeleteSecurityConfigurationRequest$,
      () => DeleteSecurityConfigurationResponse$
    ];
    var DeleteSession$ = [
      9,
      n0,
      _DSele,
      0,
      () => DeleteSessionRequest$,
      () => DeleteSessionResponse$
    ];
    var DeleteTable$ = [
      9,
      n0,
      _DTele,
      0,
      () => DeleteTableRequest$,
      () => DeleteTableResponse$
    ];
    var DeleteTableOptimizer$ = [
      9,
      n0,
      _DTO,
      0,
      () => DeleteTableOptimizerRequest$,
      () => DeleteTableOptimizerResponse$
    ];
    var DeleteTableVersion$ = [
      9,
      n0,
      _DTV,
      0,
      () => DeleteTableVersionRequest$,
      () => DeleteTableVersionResponse$
    ];
    var DeleteTrigger$ = [
      9,
      n0,
      _DTelet,
      0,
      () => DeleteTriggerRequest$,
      () => DeleteTriggerResponse$
    ];
    var DeleteUsageProfile$ = [
      9,
      n0,
      _DUP,
      0,
      () => DeleteUsageProfileRequest$,
      () => DeleteUsageProfileResponse$
    ];
    var DeleteUserDefinedFunction$ = [
      9,
      n0,
      _DUDF,
      0,
      () => DeleteUserDefinedFunctionRequest$,
      () => DeleteUserDefinedFunctionResponse$
    ];
    var DeleteWorkflow$ = [
      9,
      n0,
      _DW,
      0,
      () => DeleteWorkflowRequest$,
      () => DeleteWorkflowResponse$
    ];
    var DescribeConnectionType$ = [
      9,
      n0,
      _DCTe,
      0,
      () => DescribeConnectionTypeRequest$,
      () => DescribeConnectionTypeResponse$
    ];
    var DescribeEntity$ = [
      9,
      n0,
      _DEes,
      0,
      () => DescribeEntityRequest$,
      () => DescribeEntityResponse$
    ];
    var DescribeInboundIntegrations$ = [
      9,
      n0,
      _DII,
      0,
      () => DescribeInboundIntegrationsRequest$,
      () => DescribeInboundIntegrationsResponse$
    ];
    var DescribeIntegrations$ = [
      9,
      n0,
      _DIes,
      0,
      () => DescribeIntegrationsRequest$,
      () => DescribeIntegrationsResponse$
    ];
    var DisassociateGlossaryTerms$ = [
      9,
      n0,
      _DGTi,
      { [_h]: ["POST", "/assets/{AssetIdentifier}/disassociate-glossary-terms", 200] },
      () => DisassociateGlossaryTermsRequest$,
      () => DisassociateGlossaryTermsResponse$
    ];
    var GetAsset$ = [
      9,
      n0,
      _GA,
      { [_h]: ["GET", "/assets/{Identifier}", 200] },
      () => GetAssetInput$,
      () => GetAssetOutput$
    ];
    var GetAssetType$ = [
      9,
      n0,
      _GAT,
      { [_h]: ["GET", "/asset-types/{Identifier}", 200] },
      () => GetAssetTypeRequest$,
      () => GetAssetTypeResponse$
    ];
    var GetBlueprint$ = [
      9,
      n0,
      _GB,
      0,
      () => GetBlueprintRequest$,
      () => GetBlueprintResponse$
    ];
    var GetBlueprintRun$ = [
      9,
      n0,
      _GBRet,
      0,
      () => GetBlueprintRunRequest$,
      () => GetBlueprintRunResponse$
    ];
    var GetBlueprintRuns$ = [
      9,
      n0,
      _GBRetl,
      0,
      () => GetBlueprintRunsRequest$,
      () => GetBlueprintRunsResponse$
    ];
    var GetCatalog$ = [
      9,
      n0,
      _GCe,
      0,
      () => GetCatalogRequest$,
      () => GetCatalogResponse$
    ];
    var GetCatalogImportStatus$ = [
      9,
      n0,
      _GCIS,
      0,
      () => GetCatalogImportStatusRequest$,
      () => GetCatalogImportStatusResponse$
    ];
    var GetCatalogs$ = [
      9,
      n0,
      _GCet,
      0,
      () => GetCatalogsRequest$,
      () => GetCatalogsResponse$
    ];
    var GetClassifier$ = [
      9,
      n0,
      _GCetl,
      0,
      () => GetClassifierRequest$,
      () => GetClassifierResponse$
    ];
    var GetClassifiers$ = [
      9,
      n0,
      _GCetla,
      0,
      () => GetClassifiersRequest$,
      () => GetClassifiersResponse$
    ];
    var GetColumnStatisticsForPartition$ = [
      9,
      n0,
      _GCSFP,
      0,
      () => GetColumnStatisticsForPartitionRequest$,
      () => GetColumnStatisticsForPartitionResponse$
    ];
    var GetColumnStatisticsForTable$ = [
      9,
      n0,
      _GCSFT,
      0,
      () => GetColumnStatisticsForTableRequest$,
      () => GetColumnStatisticsForTableResponse$
    ];
    var GetColumnStatisticsTaskRun$ = [
      9,
      n0,
      _GCSTR,
      0,
      () => GetColumnStatisticsTaskRunRequest$,
      () => GetColumnStatisticsTaskRunResponse$
    ];
    var GetColumnStatisticsTaskRuns$ = [
      9,
      n0,
      _GCSTRe,
      0,
      () => GetColumnStatisticsTaskRunsRequest$,
      () => GetColumnStatisticsTaskRunsResponse$
    ];
    var GetColumnStatisticsTaskSettings$ = [
      9,
      n0,
      _GCSTS,
      0,
      () => GetColumnStatisticsTaskSettingsRequest$,
      () => GetColumnStatisticsTaskSettingsResponse$
    ];
    var GetConnection$ = [
      9,
      n0,
      _GCeto,
      0,
      () => GetConnectionRequest$,
      () => GetConnectionResponse$
    ];
    var GetConnections$ = [
      9,
      n0,
      _GCeton,
      0,
      () => GetConnectionsRequest$,
      () => GetConnectionsResponse$
    ];
    var GetCrawler$ = [
      9,
      n0,
      _GCetr,
      0,
      () => GetCrawlerRequest$,
      () => GetCrawlerResponse$
    ];
    var GetCrawlerMetrics$ = [
      9,
      n0,
      _GCM,
      0,
      () => GetCrawlerMetricsRequest$,
      () => GetCrawlerMetricsResponse$
    ];
    var GetCrawlers$ = [
      9,
      n0,
      _GCetra,
      0,
      () => GetCrawlersRequest$,
      () => GetCrawlersResponse$
    ];
    var GetCustomEntityType$ = [
      9,
      n0,
      _GCET,
      0,
      () => GetCustomEntityTypeRequest$,
      () => GetCustomEntityTypeResponse$
    ];
    var GetDashboardUrl$ = [
      9,
      n0,
      _GDU,
      0,
      () => GetDashboardUrlRequest$,
      () => GetDashboardUrlResponse$
    ];
    var GetDatabase$ = [
      9,
      n0,
      _GD,
      0,
      () => GetDatabaseRequest$,
      () => GetDatabaseResponse$
    ];
    var GetDatabases$ = [
      9,
      n0,
      _GDe,
      0,
      () => GetDatabasesRequest$,
      () => GetDatabasesResponse$
    ];
    var GetDataCatalogEncryptionSettings$ = [
      9,
      n0,
      _GDCES,
      0,
      () => GetDataCatalogEncryptionSettingsRequest$,
      () => GetDataCatalogEncryptionSettingsResponse$
    ];
    var GetDataCatalogExportConfiguration$ = [
      9,
      n0,
      _GDCEC,
      { [_h]: ["POST", "/get-data-catalog-export-configuration", 200] },
      () => GetDataCatalogExportConfigurationInput$,
      () => GetDataCatalogExportConfigurationOutput$
    ];
    var GetDataflowGraph$ = [
      9,
      n0,
      _GDG,
      0,
      () => GetDataflowGraphRequest$,
      () => GetDataflowGraphResponse$
    ];
    var GetDataQualityEvaluationConfig$ = [
      9,
      n0,
      _GDQEC,
      0,
      () => GetDataQualityEvaluationConfigRequest$,
      () => GetDataQualityEvaluationConfigResponse$
    ];
    var GetDataQualityModel$ = [
      9,
      n0,
      _GDQM,
      0,
      () => GetDataQualityModelRequest$,
      () => GetDataQualityModelResponse$
    ];
    var GetDataQualityModelResult$ = [
      9,
      n0,
      _GDQMRet,
      0,
      () => GetDataQualityModelResultRequest$,
      () => GetDataQualityModelResultResponse$
    ];
    var GetDataQualityResult$ = [
      9,
      n0,
      _GDQR,
      0,
      () => GetDataQualityResultRequest$,
      () => GetDataQualityResultResponse$
    ];
    var GetDataQualityResultV2$ = [
      9,
      n0,
      _GDQRV,
      0,
      () => GetDataQualityResultV2Request$,
      () => GetDataQualityResultV2Response$
    ];
    var GetDataQualityRuleRecommendationRun$ = [
      9,
      n0,
      _GDQRRR,
      0,
      () => GetDataQualityRuleRecommendationRunRequest$,
      () => GetDataQualityRuleRecommendationRunResponse$
    ];
    var GetDataQualityRuleset$ = [
      9,
      n0,
      _GDQRe,
      0,
      () => GetDataQualityRulesetRequest$,
      () => GetDataQualityRulesetResponse$
    ];
    var GetDataQualityRulesetEvaluationRun$ = [
      9,
      n0,
      _GDQRER,
      0,
      () => GetDataQualityRulesetEvaluationRunRequest$,
      () => GetDataQualityRulesetEvaluationRunResponse$
    ];
    var GetDevEndpoint$ = [
      9,
      n0,
      _GDE,
      0,
      () => GetDevEndpointRequest$,
      () => GetDevEndpointResponse$
    ];
    var GetDevEndpoints$ = [
      9,
      n0,
      _GDEe,
      0,
      () => GetDevEndpointsRequest$,
      () => GetDevEndpointsResponse$
    ];
    var GetEntityRecords$ = [
      9,
      n0,
      _GER,
      0,
      () => GetEntityRecordsRequest$,
      () => GetEntityRecordsResponse$
    ];
    var GetFormType$ = [
      9,
      n0,
      _GFT,
      { [_h]: ["GET", "/form-types/{Identifier}", 200] },
      () => GetFormTypeRequest$,
      () => GetFormTypeResponse$
    ];
    var GetGlossary$ = [
      9,
      n0,
      _GG,
      { [_h]: ["GET", "/glossaries/{Identifier}", 200] },
      () => GetGlossaryRequest$,
      () => GetGlossaryResponse$
    ];
    var GetGlossaryTerm$ = [
      9,
      n0,
      _GGT,
      { [_h]: ["GET", "/glossary-terms/{Identifier}", 200] },
      () => GetGlossaryTermRequest$,
      () => GetGlossaryTermResponse$
    ];
    var GetGlueIdentityCenterConfiguration$ = [
      9,
      n0,
      _GGICC,
      0,
      () => GetGlueIdentityCenterConfigurationRequest$,
      () => GetGlueIdentityCenterConfigurationResponse$
    ];
    var GetIntegrationResourceProperty$ = [
      9,
      n0,
      _GIRP,
      0,
      () => GetIntegrationResourcePropertyRequest$,
      () => GetIntegrationResourcePropertyResponse$
    ];
    var GetIntegrationTableProperties$ = [
      9,
      n0,
      _GITP,
      0,
      () => GetIntegrationTablePropertiesRequest$,
      () => GetIntegrationTablePropertiesResponse$
    ];
    var GetJob$ = [
      9,
      n0,
      _GJ,
      0,
      () => GetJobRequest$,
      () => GetJobResponse$
    ];
    var GetJobBookmark$ = [
      9,
      n0,
      _GJB,
      0,
      () => GetJobBookmarkRequest$,
      () => GetJobBookmarkResponse$
    ];
    var GetJobRun$ = [
      9,
      n0,
      _GJRetob,
      0,
      () => GetJobRunRequest$,
      () => GetJobRunResponse$
    ];
    var GetJobRuns$ = [
      9,
      n0,
      _GJRetobu,
      0,
      () => GetJobRunsRequest$,
      () => GetJobRunsResponse$
    ];
    var GetJobs$ = [
      9,
      n0,
      _GJe,
      0,
      () => GetJobsRequest$,
      () => GetJobsResponse$
    ];
    var GetJobUpgradeAnalysis$ = [
      9,
      n0,
      _GJUA,
      0,
      () => GetJobUpgradeAnalysisRequest$,
      () => GetJobUpgradeAnalysisResponse$
    ];
    var GetMapping$ = [
      9,
      n0,
      _GMe,
      0,
      () => GetMappingRequest$,
      () => GetMappingResponse$
    ];
    var GetMaterializedViewRefreshTaskRun$ = [
      9,
      n0,
      _GMVRTR,
      0,
      () => GetMaterializedViewRefreshTaskRunRequest$,
      () => GetMaterializedViewRefreshTaskRunResponse$
    ];
    var GetMLTaskRun$ = [
      9,
      n0,
      _GMLTReta,
      0,
      () => GetMLTaskRunRequest$,
      () => GetMLTaskRunResponse$
    ];
    var GetMLTaskRuns$ = [
      9,
      n0,
      _GMLTRetas,
      0,
      () => GetMLTaskRunsRequest$,
      () => GetMLTaskRunsResponse$
    ];
    var GetMLTransform$ = [
      9,
      n0,
      _GMLT,
      0,
      () => GetMLTransformRequest$,
      () => GetMLTransformResponse$
    ];
    var GetMLTransforms$ = [
      9,
      n0,
      _GMLTe,
      0,
      () => GetMLTransformsRequest$,
      () => GetMLTransformsResponse$
    ];
    var GetPartition$ = [
      9,
      n0,
      _GPe,
      0,
      () => GetPartitionRequest$,
      () => GetPartitionResponse$
    ];
    var GetPartitionIndexes$ = [
      9,
      n0,
      _GPI,
      0,
      () => GetPartitionIndexesRequest$,
      () => GetPartitionIndexesResponse$
    ];
    var GetPartitions$ = [
      9,
      n0,
      _GPet,
      0,
      () => GetPartitionsRequest$,
      () => GetPartitionsResponse$
    ];
    var GetPlan$ = [
      9,
      n0,
      _GPetl,
      0,
      () => GetPlanRequest$,
      () => GetPlanResponse$
    ];
    var GetRegistry$ = [
      9,
      n0,
      _GR,
      0,
      () => GetRegistryInput$,
      () => GetRegistryResponse$
    ];
    var GetResourcePolicies$ = [
      9,
      n0,
      _GRP,
      0,
      () => GetResourcePoliciesRequest$,
      () => GetResourcePoliciesResponse$
    ];
    var GetResourcePolicy$ = [
      9,
      n0,
      _GRPe,
      0,
      () => GetResourcePolicyRequest$,
      () => GetResourcePolicyResponse$
    ];
    var GetSchema$ = [
      9,
      n0,
      _GSe,
      0,
      () => GetSchemaInput$,
      () => GetSchemaResponse$
    ];
    var GetSchemaByDefinition$ = [
      9,
      n0,
      _GSBD,
      0,
      () => GetSchemaByDefinitionInput$,
      () => GetSchemaByDefinitionResponse$
    ];
    var GetSchemaVersion$ = [
      9,
      n0,
      _GSV,
      0,
      () => GetSchemaVersionInput$,
      () => GetSchemaVersionResponse$
    ];
    var GetSchemaVersionsDiff$ = [
      9,
      n0,
      _GSVD,
      0,
      () => GetSchemaVersionsDiffInput$,
      () => GetSchemaVersionsDiffResponse$
    ];
    var GetSecurityConfiguration$ = [
      9,
      n0,
      _GSCe,
      0,
      () => GetSecurityConfigurationRequest$,
      () => GetSecurityConfigurationResponse$
    ];
    var GetSecurityConfigurations$ = [
      9,
      n0,
      _GSCet,
      0,
      () => GetSecurityConfigurationsRequest$,
      () => GetSecurityConfigurationsResponse$
    ];
    var GetSession$ = [
      9,
      n0,
      _GSet,
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
    var GetStatement$ = [
      9,
      n0,
      _GSett,
      0,
      () => GetStatementRequest$,
      () => GetStatementResponse$
    ];
    var GetSystemLogsForJobRun$ = [
      9,
      n0,
      _GSLFJR,
      0,
      () => GetSystemLogsForJobRunRequest$,
      () => GetSystemLogsForJobRunResponse$
    ];
    var GetSystemLogsForSession$ = [
      9,
      n0,
      _GSLFS,
      0,
      () => GetSystemLogsForSessionRequest$,
      () => GetSystemLogsForSessionResponse$
    ];
    var GetTable$ = [
      9,
      n0,
      _GTe,
      0,
      () => GetTableRequest$,
      () => GetTableResponse$
    ];
    var GetTableOptimizer$ = [
      9,
      n0,
      _GTO,
      0,
      () => GetTableOptimizerRequest$,
      () => GetTableOptimizerResponse$
    ];
    var GetTables$ = [
      9,
      n0,
      _GTet,
      0,
      () => GetTablesRequest$,
      () => GetTablesResponse$
    ];
    var GetTableVersion$ = [
      9,
      n0,
      _GTV,
      0,
      () => GetTableVersionRequest$,
      () => GetTableVersionResponse$
    ];
    var GetTableVersions$ = [
      9,
      n0,
      _GTVe,
      0,
      () => GetTableVersionsRequest$,
      () => GetTableVersionsResponse$
    ];
    var GetTags$ = [
      9,
      n0,
      _GTeta,
      0,
      () => GetTagsRequest$,
      () => GetTagsResponse$
    ];
    var GetTrigger$ = [
      9,
      n0,
      _GTetr,
      0,
      () => GetTriggerRequest$,
      () => GetTriggerResponse$
    ];
    var GetTriggers$ = [
      9,
      n0,
      _GTetri,
      0,
      () => GetTriggersRequest$,
      () => GetTriggersResponse$
    ];
    var GetUnfilteredPartitionMetadata$ = [
      9,
      n0,
      _GUPM,
      0,
      () => GetUnfilteredPartitionMetadataRequest$,
      () => GetUnfilteredPartitionMetadataResponse$
    ];
    var GetUnfilteredPartitionsMetadata$ = [
      9,
      n0,
      _GUPMe,
      0,
      () => GetUnfilteredPartitionsMetadataRequest$,
      () => GetUnfilteredPartitionsMetadataResponse$
    ];
    var GetUnfilteredTableMetadata$ = [
      9,
      n0,
      _GUTM,
      0,
      () => GetUnfilteredTableMetadataRequest$,
      () => GetUnfilteredTableMetadataResponse$
    ];
    var GetUsageProfile$ = [
      9,
      n0,
      _GUP,
      0,
      () => GetUsageProfileRequest$,
      () => GetUsageProfileResponse$
    ];
    var GetUserDefinedFunction$ = [
      9,
      n0,
      _GUDF,
      0,
      () => GetUserDefinedFunctionRequest$,
      () => GetUserDefinedFunctionResponse$
    ];
    var GetUserDefinedFunctions$ = [
      9,
      n0,
      _GUDFe,
      0,
      () => GetUserDefinedFunctionsRequest$,
      () => GetUserDefinedFunctionsResponse$
    ];
    var GetWorkflow$ = [
      9,
      n0,
      _GW,
      0,
      () => GetWorkflowRequest$,
      () => GetWorkflowResponse$
    ];
    var GetWorkflowRun$ = [
      9,
      n0,
      _GWRet,
      0,
      () => GetWorkflowRunRequest$,
      () => GetWorkflowRunResponse$
    ];
    var GetWorkflowRunProperties$ = [
      9,
      n0,
      _GWRP,
      0,
      () => GetWorkflowRunPropertiesRequest$,
      () => GetWorkflowRunPropertiesResponse$
    ];
    var GetWorkflowRuns$ = [
      9,
      n0,
      _GWReto,
      0,
      () => GetWorkflowRunsRequest$,
      () => GetWorkflowRunsResponse$
    ];
    var ImportCatalogToGlue$ = [
      9,
      n0,
      _ICTG,
      0,
      () => ImportCatalogToGlueRequest$,
      () => ImportCatalogToGlueResponse$
    ];
    var ListAssetTypes$ = [
      9,
      n0,
      _LATi,
      { [_h]: ["GET", "/asset-types", 200] },
      () => ListAssetTypesRequest$,
      () => ListAssetTypesResponse$
    ];
    var ListBlueprints$ = [
      9,
      n0,
      _LBi,
      0,
      () => ListBlueprintsRequest$,
      () => ListBlueprintsResponse$
    ];
    var ListColumnStatisticsTaskRuns$ = [
      9,
      n0,
      _LCSTR,
      0,
      () => ListColumnStatisticsTaskRunsRequest$,
      () => ListColumnStatisticsTaskRunsResponse$
    ];
    var ListConnectionTypes$ = [
      9,
      n0,
      _LCT,
      0,
      () => ListConnectionTypesRequest$,
      () => ListConnectionTypesResponse$
    ];
    var ListCrawlers$ = [
      9,
      n0,
      _LCi,
      0,
      () => ListCrawlersRequest$,
      () => ListCrawlersResponse$
    ];
    var ListCrawls$ = [
      9,
      n0,
      _LCis,
      0,
      () => ListCrawlsRequest$,
      () => ListCrawlsResponse$
    ];
    var ListCustomEntityTypes$ = [
      9,
      n0,
      _LCET,
      0,
      () => ListCustomEntityTypesRequest$,
      () => ListCustomEntityTypesResponse$
    ];
    var ListDataQualityEvaluationConfigs$ = [
      9,
      n0,
      _LDQEC,
      0,
      () => ListDataQualityEvaluationConfigsRequest$,
      () => ListDataQualityEvaluationConfigsResponse$
    ];
    var ListDataQualityResults$ = [
      9,
      n0,
      _LDQR,
      0,
      () => ListDataQualityResultsRequest$,
      () => ListDataQualityResultsResponse$
    ];
    var ListDataQualityResultsV2$ = [
      9,
      n0,
      _LDQRV,
      0,
      () => ListDataQualityResultsV2Request$,
      () => ListDataQualityResultsV2Response$
    ];
    var ListDataQualityRuleRecommendationRuns$ = [
      9,
      n0,
      _LDQRRR,
      0,
      () => ListDataQualityRuleRecommendationRunsRequest$,
      () => ListDataQualityRuleRecommendationRunsResponse$
    ];
    var ListDataQualityRulesetEvaluationRuns$ = [
      9,
      n0,
      _LDQRER,
      0,
      () => ListDataQualityRulesetEvaluationRunsRequest$,
      () => ListDataQualityRulesetEvaluationRunsResponse$
    ];
    var ListDataQualityRulesets$ = [
      9,
      n0,
      _LDQRi,
      0,
      () => ListDataQualityRulesetsRequest$,
      () => ListDataQualityRulesetsResponse$
    ];
    var ListDataQualityStatisticAnnotations$ = [
      9,
      n0,
      _LDQSA,
      0,
      () => ListDataQualityStatisticAnnotationsRequest$,
      () => ListDataQualityStatisticAnnotationsResponse$
    ];
    var ListDataQualityStatistics$ = [
      9,
      n0,
      _LDQS,
      0,
      () => ListDataQualityStatisticsRequest$,
      () => ListDataQualityStatisticsResponse$
    ];
    var ListDevEndpoints$ = [
      9,
      n0,
      _LDE,
      0,
      () => ListDevEndpointsRequest$,
      () => ListDevEndpointsResponse$
    ];
    var ListEntities$ = [
      9,
      n0,
      _LE,
      0,
      () => ListEntitiesRequest$,
      () => ListEntitiesResponse$
    ];
    var ListFormTypes$ = [
      9,
      n0,
      _LFT,
      { [_h]: ["GET", "/form-types", 200] },
      () => ListFormTypesRequest$,
      () => ListFormTypesResponse$
    ];
    var ListGlossaries$ = [
      9,
      n0,
      _LGi,
      { [_h]: ["GET", "/glossaries", 200] },
      () => ListGlossariesRequest$,
      () => ListGlossariesResponse$
    ];
    var ListGlossaryTerms$ = [
      9,
      n0,
      _LGT,
      { [_h]: ["GET", "/glossary-terms", 200] },
      () => ListGlossaryTermsRequest$,
      () => ListGlossaryTermsResponse$
    ];
    var ListIntegrationResourceProperties$ = [
      9,
      n0,
      _LIRP,
      0,
      () => ListIntegrationResourcePropertiesRequest$,
      () => ListIntegrationResourcePropertiesResponse$
    ];
    var ListIntegrationTableProperties$ = [
      9,
      n0,
      _LITP,
      0,
      () => ListIntegrationTablePropertiesRequest$,
      () => ListIntegrationTablePropertiesResponse$
    ];
    var ListIterableForms$ = [
      9,
      n0,
      _LIF,
      { [_h]: ["GET", "/assets/{AssetIdentifier}/iterable-forms/{IterableFormName}", 200] },
      () => ListIterableFormsRequest$,
      () => ListIterableFormsResponse$
    ];
    var ListJobs$ = [
      9,
      n0,
      _LJ,
      0,
      () => ListJobsRequest$,
      () => ListJobsResponse$
    ];
    var ListMaterializedViewRefreshTaskRuns$ = [
      9,
      n0,
      _LMVRTR,
      0,
      () => ListMaterializedViewRefreshTaskRunsRequest$,
      () => ListMaterializedViewRefreshTaskRunsResponse$
    ];
    var ListMLTransforms$ = [
      9,
      n0,
      _LMLT,
      0,
      () => ListMLTransformsRequest$,
      () => ListMLTransformsResponse$
    ];
    var ListRegistries$ = [
      9,
      n0,
      _LRi,
      0,
      () => ListRegistriesInput$,
      () => ListRegistriesResponse$
    ];
    var ListSchemas$ = [
      9,
      n0,
      _LSi,
      0,
      () => ListSchemasInput$,
      () => ListSchemasResponse$
    ];
    var ListSchemaVersions$ = [
      9,
      n0,
      _LSVi,
      0,
      () => ListSchemaVersionsInput$,
      () => ListSchemaVersionsResponse$
    ];
    var ListSessions$ = [
      9,
      n0,
      _LSis,
      0,
      () => ListSessionsRequest$,
      () => ListSessionsResponse$
    ];
    var ListStatements$ = [
      9,
      n0,
      _LSist,
      0,
      () => ListStatementsRequest$,
      () => ListStatementsResponse$
    ];
    var ListTableOptimizerRuns$ = [
      9,
      n0,
      _LTOR,
      0,
      () => ListTableOptimizerRunsRequest$,
      () => ListTableOptimizerRunsResponse$
    ];
    var ListTriggers$ = [
      9,
      n0,
      _LTi,
      0,
      () => ListTriggersRequest$,
      () => ListTriggersResponse$
    ];
    var ListUsageProfiles$ = [
      9,
      n0,
      _LUP,
      0,
      () => ListUsageProfilesRequest$,
      () => ListUsageProfilesResponse$
    ];
    var ListWorkflows$ = [
      9,
      n0,
      _LW,
      0,
      () => ListWorkflowsRequest$,
      () => ListWorkflowsResponse$
    ];
    var ModifyIntegration$ = [
      9,
      n0,
      _MIo,
      0,
      () => ModifyIntegrationRequest$,
      () => ModifyIntegrationResponse$
    ];
    var PublishDataQualityResultV2$ = [
      9,
      n0,
      _PDQRV,
      2,
      () => PublishDataQualityResultV2Request$,
      () => PublishDataQualityResultV2Response$
    ];
    var PutAsset$ = [
      9,
      n0,
      _PAut,
      { [_h]: ["PUT", "/assets", 200] },
      () => PutAssetRequest$,
      () => PutAssetResponse$
    ];
    var PutAssetType$ = [
      9,
      n0,
      _PAT,
      { [_h]: ["PUT", "/asset-types", 200] },
      () => PutAssetTypeRequest$,
      () => PutAssetTypeResponse$
    ];
    var PutAttachment$ = [
      9,
      n0,
      _PAutt,
      { [_h]: ["POST", "/assets/{AssetIdentifier}/attachment", 200] },
      () => PutAttachmentRequest$,
      () => PutAttachmentResponse$
    ];
    var PutDataCatalogEncryptionSettings$ = [
      9,
      n0,
      _PDCES,
      0,
      () => PutDataCatalogEncryptionSettingsRequest$,
      () => PutDataCatalogEncryptionSettingsResponse$
    ];
    var PutDataCatalogExportConfiguration$ = [
      9,
      n0,
      _PDCEC,
      { [_h]: ["POST", "/put-data-catalog-export-configuration", 200] },
      () => PutDataCatalogExportConfigurationInput$,
      () => PutDataCatalogExportConfigurationOutput$
    ];
    var PutDataQualityProfileAnnotation$ = [
      9,
      n0,
      _PDQPA,
      0,
      () => PutDataQualityProfileAnnotationRequest$,
      () => PutDataQualityProfileAnnotationResponse$
    ];
    var PutFormType$ = [
      9,
      n0,
      _PFT,
      { [_h]: ["PUT", "/form-types", 200] },
      () => PutFormTypeRequest$,
      () => PutFormTypeResponse$
    ];
    var PutResourcePolicy$ = [
      9,
      n0,
      _PRP,
      0,
      () => PutResourcePolicyRequest$,
      () => PutResourcePolicyResponse$
    ];
    var PutSchemaVersionMetadata$ = [
      9,
      n0,
      _PSVM,
      0,
      () => PutSchemaVersionMetadataInput$,
      () => PutSchemaVersionMetadataResponse$
    ];
    var PutWorkflowRunProperties$ = [
      9,
      n0,
      _PWRP,
      0,
      () => PutWorkflowRunPropertiesRequest$,
      () => PutWorkflowRunPropertiesResponse$
    ];
    var QuerySchemaVersionMetadata$ = [
      9,
      n0,
      _QSVM,
      0,
      () => QuerySchemaVersionMetadataInput$,
      () => QuerySchemaVersionMetadataResponse$
    ];
    var RegisterConnectionType$ = [
      9,
      n0,
      _RCT,
      0,
      () => RegisterConnectionTypeRequest$,
      () => RegisterConnectionTypeResponse$
    ];
    var RegisterSchemaVersion$ = [
      9,
      n0,
      _RSV,
      0,
      () => RegisterSchemaVersionInput$,
      () => RegisterSchemaVersionResponse$
    ];
    var RemoveSchemaVersionMetadata$ = [
      9,
      n0,
      _RSVM,
      0,
      () => RemoveSchemaVersionMetadataInput$,
      () => RemoveSchemaVersionMetadataResponse$
    ];
    var ResetJobBookmark$ = [
      9,
      n0,
      _RJB,
      0,
      () => ResetJobBookmarkRequest$,
      () => ResetJobBookmarkResponse$
    ];
    var ResumeWorkflowRun$ = [
      9,
      n0,
      _RWR,
      0,
      () => ResumeWorkflowRunRequest$,
      () => ResumeWorkflowRunResponse$
    ];
    var RunStatement$ = [
      9,
      n0,
      _RSu,
      0,
      () => RunStatementRequest$,
      () => RunStatementResponse$
    ];
    var SearchAssets$ = [
      9,
      n0,
      _SAe,
      { [_h]: ["POST", "/search-assets", 200] },
      () => SearchAssetsInput$,
      () => SearchAssetsOutput$
    ];
    var SearchTables$ = [
      9,
      n0,
      _STear,
      0,
      () => SearchTablesRequest$,
      () => SearchTablesResponse$
    ];
    var StartBlueprintRun$ = [
      9,
      n0,
      _SBR,
      0,
      () => StartBlueprintRunRequest$,
      () => StartBlueprintRunResponse$
    ];
    var StartColumnStatisticsTaskRun$ = [
      9,
      n0,
      _SCSTR,
      0,
      () => StartColumnStatisticsTaskRunRequest$,
      () => StartColumnStatisticsTaskRunResponse$
    ];
    var StartColumnStatisticsTaskRunSchedule$ = [
      9,
      n0,
      _SCSTRS,
      0,
      () => StartColumnStatisticsTaskRunScheduleRequest$,
      () => StartColumnStatisticsTaskRunScheduleResponse$
    ];
    var StartCrawler$ = [
      9,
      n0,
      _SCt,
      0,
      () => StartCrawlerRequest$,
      () => StartCrawlerResponse$
    ];
    var StartCrawlerSchedule$ = [
      9,
      n0,
      _SCSt,
      0,
      () => StartCrawlerScheduleRequest$,
      () => StartCrawlerScheduleResponse$
    ];
    var StartDataQualityRuleRecommendationRun$ = [
      9,
      n0,
      _SDQRRR,
      2,
      () => StartDataQualityRuleRecommendationRunRequest$,
      () => StartDataQualityRuleRecommendationRunResponse$
    ];
    var StartDataQualityRulesetEvaluationRun$ = [
      9,
      n0,
      _SDQRER,
      2,
      () => StartDataQualityRulesetEvaluationRunRequest$,
      () => StartDataQualityRulesetEvaluationRunResponse$
    ];
    var StartExportLabelsTaskRun$ = [
      9,
      n0,
      _SELTR,
      0,
      () => StartExportLabelsTaskRunRequest$,
      () => StartExportLabelsTaskRunResponse$
    ];
    var StartImportLabelsTaskRun$ = [
      9,
      n0,
      _SILTR,
      0,
      () => StartImportLabelsTaskRunRequest$,
      () => StartImportLabelsTaskRunResponse$
    ];
    var StartJobRun$ = [
      9,
      n0,
      _SJR,
      0,
      () => StartJobRunRequest$,
      () => StartJobRunResponse$
    ];
    var StartJobUpgradeAnalysis$ = [
      9,
      n0,
      _SJUA,
      0,
      () => StartJobUpgradeAnalysisRequest$,
      () => StartJobUpgradeAnalysisResponse$
    ];
    var StartMaterializedViewRefreshTaskRun$ = [
      9,
      n0,
      _SMVRTR,
      0,
      () => StartMaterializedViewRefreshTaskRunRequest$,
      () => StartMaterializedViewRefreshTaskRunResponse$
    ];
    var StartMLEvaluationTaskRun$ = [
      9,
      n0,
      _SMLETR,
      0,
      () => StartMLEvaluationTaskRunRequest$,
      () => StartMLEvaluationTaskRunResponse$
    ];
    var StartMLLabelingSetGenerationTaskRun$ = [
      9,
      n0,
      _SMLLSGTR,
      0,
      () => StartMLLabelingSetGenerationTaskRunRequest$,
      () => StartMLLabelingSetGenerationTaskRunResponse$
    ];
    var StartTrigger$ = [
      9,
      n0,
      _STtart,
      0,
      () => StartTriggerRequest$,
      () => StartTriggerResponse$
    ];
    var StartWorkflowRun$ = [
      9,
      n0,
      _SWR,
      0,
      () => StartWorkflowRunRequest$,
      () => StartWorkflowRunResponse$
    ];
    var StopColumnStatisticsTaskRun$ = [
      9,
      n0,
      _SCSTRt,
      0,
      () => StopColumnStatisticsTaskRunRequest$,
      () => StopColumnStatisticsTaskRunResponse$
    ];
    var StopColumnStatisticsTaskRunSchedule$ = [
      9,
      n0,
      _SCSTRSt,
      0,
      () => StopColumnStatisticsTaskRunScheduleRequest$,
      () => StopColumnStatisticsTaskRunScheduleResponse$
    ];
    var StopCrawler$ = [
      9,
      n0,
      _SCto,
      0,
      () => StopCrawlerRequest$,
      () => StopCrawlerResponse$
    ];
    var StopCrawlerSchedule$ = [
      9,
      n0,
      _SCSto,
      0,
      () => StopCrawlerScheduleRequest$,
      () => StopCrawlerScheduleResponse$
    ];
    var StopJobUpgradeAnalysis$ = [
      9,
      n0,
      _SJUAt,
      0,
      () => StopJobUpgradeAnalysisRequest$,
      () => StopJobUpgradeAnalysisResponse$
    ];
    var StopMaterializedViewRefreshTaskRun$ = [
      9,
      n0,
      _SMVRTRt,
      0,
      () => StopMaterializedViewRefreshTaskRunRequest$,
      () => StopMaterializedViewRefreshTaskRunResponse$
    ];
    var StopSession$ = [
      9,
      n0,
      _SSto,
      0,
      () => StopSessionRequest$,
      () => StopSessionResponse$
    ];
    var StopTrigger$ = [
      9,
      n0,
      _STto,
      0,
      () => StopTriggerRequest$,
      () => StopTriggerResponse$
    ];
    var StopWorkflowRun$ = [
      9,
      n0,
      _SWRt,
      0,
      () => StopWorkflowRunRequest$,
      () => StopWorkflowRunResponse$
    ];
    var TagResource$ = [
      9,
      n0,
      _TRag,
      0,
      () => TagResourceRequest$,
      () => TagResourceResponse$
    ];
    var TestConnection$ = [
      9,
      n0,
      _TCe,
      0,
      () => TestConnectionRequest$,
      () => TestConnectionResponse$
    ];
    var UntagResource$ = [
      9,
      n0,
      _UR,
      0,
      () => UntagResourceRequest$,
      () => UntagResourceResponse$
    ];
    var UpdateAsset$ = [
      9,
      n0,
      _UAp,
      { [_h]: ["PUT", "/assets/{Identifier}", 200] },
      () => UpdateAssetRequest$,
      () => UpdateAssetResponse$
    ];
    var UpdateBlueprint$ = [
      9,
      n0,
      _UBpda,
      0,
      () => UpdateBlueprintRequest$,
      () => UpdateBlueprintResponse$
    ];
    var UpdateCatalog$ = [
      9,
      n0,
      _UC,
      0,
      () => UpdateCatalogRequest$,
      () => UpdateCatalogResponse$
    ];
    var UpdateClassifier$ = [
      9,
      n0,
      _UCp,
      0,
      () => UpdateClassifierRequest$,
      () => UpdateClassifierResponse$
    ];
    var UpdateColumnStatisticsForPartition$ = [
      9,
      n0,
      _UCSFP,
      0,
      () => UpdateColumnStatisticsForPartitionRequest$,
      () => UpdateColumnStatisticsForPartitionResponse$
    ];
    var UpdateColumnStatisticsForTable$ = [
      9,
      n0,
      _UCSFT,
      0,
      () => UpdateColumnStatisticsForTableRequest$,
      () => UpdateColumnStatisticsForTableResponse$
    ];
    var UpdateColumnStatisticsTaskSettings$ = [
      9,
      n0,
      _UCSTS,
      0,
      () => UpdateColumnStatisticsTaskSettingsRequest$,
      () => UpdateColumnStatisticsTaskSettingsResponse$
    ];
    var UpdateConnection$ = [
      9,
      n0,
      _UCpd,
      0,
      () => UpdateConnectionRequest$,
      () => UpdateConnectionResponse$
    ];
    var UpdateCrawler$ = [
      9,
      n0,
      _UCpda,
      0,
      () => UpdateCrawlerRequest$,
      () => UpdateCrawlerResponse$
    ];
    var UpdateCrawlerSchedule$ = [
      9,
      n0,
      _UCS,
      0,
      () => UpdateCrawlerScheduleRequest$,
      () => UpdateCrawlerScheduleResponse$
    ];
    var UpdateDatabase$ = [
      9,
      n0,
      _UD,
      0,
      () => UpdateDatabaseRequest$,
      () => UpdateDatabaseResponse$
    ];
    var UpdateDataQualityEvaluationConfig$ = [
      9,
      n0,
      _UDQEC,
      0,
      () => UpdateDataQualityEvaluationConfigRequest$,
      () => UpdateDataQualityEvaluationConfigResponse$
    ];
    var UpdateDataQualityRuleset$ = [
      9,
      n0,
      _UDQR,
      0,
      () => UpdateDataQualityRulesetRequest$,
      () => UpdateDataQualityRulesetResponse$
    ];
    var UpdateDevEndpoint$ = [
      9,
      n0,
      _UDE,
      0,
      () => UpdateDevEndpointRequest$,
      () => UpdateDevEndpointResponse$
    ];
    var UpdateGlossary$ = [
      9,
      n0,
      _UG,
      { [_h]: ["PUT", "/glossaries/{Identifier}", 200] },
      () => UpdateGlossaryRequest$,
      () => UpdateGlossaryResponse$
    ];
    var UpdateGlossaryTerm$ = [
      9,
      n0,
      _UGT,
      { [_h]: ["PUT", "/glossary-terms/{Identifier}", 200] },
      () => UpdateGlossaryTermRequest$,
      () => UpdateGlossaryTermResponse$
    ];
    var UpdateGlueIdentityCenterConfiguration$ = [
      9,
      n0,
      _UGICC,
      0,
      () => UpdateGlueIdentityCenterConfigurationRequest$,
      () => UpdateGlueIdentityCenterConfigurationResponse$
    ];
    var UpdateIntegrationResourceProperty$ = [
      9,
      n0,
      _UIRP,
      0,
      () => UpdateIntegrationResourcePropertyRequest$,
      () => UpdateIntegrationResourcePropertyResponse$
    ];
    var UpdateIntegrationTableProperties$ = [
      9,
      n0,
      _UITP,
      0,
      () => UpdateIntegrationTablePropertiesRequest$,
      () => UpdateIntegrationTablePropertiesResponse$
    ];
    var UpdateJob$ = [
      9,
      n0,
      _UJ,
      0,
      () => UpdateJobRequest$,
      () => UpdateJobResponse$
    ];
    var UpdateJobFromSourceControl$ = [
      9,
      n0,
      _UJFSC,
      0,
      () => UpdateJobFromSourceControlRequest$,
      () => UpdateJobFromSourceControlResponse$
    ];
    var UpdateMLTransform$ = [
      9,
      n0,
      _UMLT,
      0,
      () => UpdateMLTransformRequest$,
      () => UpdateMLTransformResponse$
    ];
    var UpdatePartition$ = [
      9,
      n0,
      _UPp,
      0,
      () => UpdatePartitionRequest$,
      () => UpdatePartitionResponse$
    ];
    var UpdateRegistry$ = [
      9,
      n0,
      _URp,
      0,
      () => UpdateRegistryInput$,
      () => UpdateRegistryResponse$
    ];
    var UpdateSchema$ = [
      9,
      n0,
      _USp,
      0,
      () => UpdateSchemaInput$,
      () => UpdateSchemaResponse$
    ];
    var UpdateSourceControlFromJob$ = [
      9,
      n0,
      _USCFJ,
      0,
      () => UpdateSourceControlFromJobRequest$,
      () => UpdateSourceControlFromJobResponse$
    ];
    var UpdateTable$ = [
      9,
      n0,
      _UTpd,
      0,
      () => UpdateTableRequest$,
      () => UpdateTableResponse$
    ];
    var UpdateTableOptimizer$ = [
      9,
      n0,
      _UTO,
      0,
      () => UpdateTableOptimizerRequest$,
      () => UpdateTableOptimizerResponse$
    ];
    var UpdateTrigger$ = [
      9,
      n0,
      _UTpda,
      0,
      () => UpdateTriggerRequest$,
      () => UpdateTriggerResponse$
    ];
    var UpdateUsageProfile$ = [
      9,
      n0,
      _UUP,
      0,
      () => UpdateUsageProfileRequest$,
      () => UpdateUsageProfileResponse$
    ];
    var UpdateUserDefinedFunction$ = [
      9,
      n0,
      _UUDF,
      0,
      () => UpdateUserDefinedFunctionRequest$,
      () => UpdateUserDefinedFunctionResponse$
    ];
    var UpdateWorkflow$ = [
      9,
      n0,
      _UW,
      0,
      () => UpdateWorkflowRequest$,
      () => UpdateWorkflowResponse$
    ];
    var getRuntimeConfig$1 = (config) => {
      return {
        apiVersion: "2017-03-31",
        base64Decoder: config?.base64Decoder ?? fromBase64,
        base64Encoder: config?.base64Encoder ?? toBase64,
        disableHostPrefix: config?.disableHostPrefix ?? false,
        endpointProvider: config?.endpointProvider ?? defaultEndpointResolver,
        extensions: config?.extensions ?? [],
        httpAuthSchemeProvider: config?.httpAuthSchemeProvider ?? defaultGlueHttpAuthSchemeProvider,
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
          defaultNamespace: "com.amazonaws.glue",
          errorTypeRegistries,
          version: "2017-03-31",
          serviceTarget: "AWSGlue"
        },
        serviceId: config?.serviceId ?? "Glue",
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
    var GlueClient = class extends Client {
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
          httpAuthSchemeParametersProvider: defaultGlueHttpAuthSchemeParametersProvider,
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
    var command = makeBuilder(commonParams, "AWSGlue", "GlueClient", getEndpointPlugin);
    var _ep0 = {};
    var _mw0 = (Command, cs, config, o) => [];
    var AssociateGlossaryTermsCommand = class extends command(_ep0, _mw0, "AssociateGlossaryTerms", AssociateGlossaryTerms$) {
    };
    var BatchCreatePartitionCommand = class extends command(_ep0, _mw0, "BatchCreatePartition", BatchCreatePartition$) {
    };
    var BatchDeleteConnectionCommand = class extends command(_ep0, _mw0, "BatchDeleteConnection", BatchDeleteConnection$) {
    };
    var BatchDeletePartitionCommand = class extends command(_ep0, _mw0, "BatchDeletePartition", BatchDeletePartition$) {
    };
    var BatchDeleteTableCommand = class extends command(_ep0, _mw0, "BatchDeleteTable", BatchDeleteTable$) {
    };
    var BatchDeleteTableVersionCommand = class extends command(_ep0, _mw0, "BatchDeleteTableVersion", BatchDeleteTableVersion$) {
    };
    var BatchGetBlueprintsCommand = class extends command(_ep0, _mw0, "BatchGetBlueprints", BatchGetBlueprints$) {
    };
    var BatchGetCrawlersCommand = class extends command(_ep0, _mw0, "BatchGetCrawlers", BatchGetCrawlers$) {
    };
    var BatchGetCustomEntityTypesCommand = class extends command(_ep0, _mw0, "BatchGetCustomEntityTypes", BatchGetCustomEntityTypes$) {
    };
    var BatchGetDataQualityResultCommand = class extends command(_ep0, _mw0, "BatchGetDataQualityResult", BatchGetDataQualityResult$) {
    };
    var BatchGetDataQualityResultV2Command = class extends command(_ep0, _mw0, "BatchGetDataQualityResultV2", BatchGetDataQualityResultV2$) {
    };
    var BatchGetDataQualityRulesetEvaluationRunCommand = class extends command(_ep0, _mw0, "BatchGetDataQualityRulesetEvaluationRun", BatchGetDataQualityRulesetEvaluationRun$) {
    };
    var BatchGetDevEndpointsCommand = class extends command(_ep0, _mw0, "BatchGetDevEndpoints", BatchGetDevEndpoints$) {
    };
    var BatchGetIterableFormsCommand = class extends command(_ep0, _mw0, "BatchGetIterableForms", BatchGetIterableForms$) {
    };
    var BatchGetJobsCommand = class extends command(_ep0, _mw0, "BatchGetJobs", BatchGetJobs$) {
    };
    var BatchGetPartitionCommand = class extends command(_ep0, _mw0, "BatchGetPartition", BatchGetPartition$) {
    };
    var BatchGetTableOptimizerCommand = class extends command(_ep0, _mw0, "BatchGetTableOptimizer", BatchGetTableOptimizer$) {
    };
    var BatchGetTriggersCommand = class extends command(_ep0, _mw0, "BatchGetTriggers", BatchGetTriggers$) {
    };
    var BatchGetWorkflowsCommand = class extends command(_ep0, _mw0, "BatchGetWorkflows", BatchGetWorkflows$) {
    };
    var BatchPutDataQualityStatisticAnnotationCommand = class extends command(_ep0, _mw0, "BatchPutDataQualityStatisticAnnotation", BatchPutDataQualityStatisticAnnotation$) {
    };
    var BatchStopJobRunCommand = class extends command(_ep0, _mw0, "BatchStopJobRun", BatchStopJobRun$) {
    };
    var BatchUpdatePartitionCommand = class extends command(_ep0, _mw0, "BatchUpdatePartition", BatchUpdatePartition$) {
    };
    var CancelDataQualityRuleRecommendationRunCommand = class extends command(_ep0, _mw0, "CancelDataQualityRuleRecommendationRun", CancelDataQualityRuleRecommendationRun$) {
    };
    var CancelDataQualityRulesetEvaluationRunCommand = class extends command(_ep0, _mw0, "CancelDataQualityRulesetEvaluationRun", CancelDataQualityRulesetEvaluationRun$) {
    };
    var CancelMLTaskRunCommand = class extends command(_ep0, _mw0, "CancelMLTaskRun", CancelMLTaskRun$) {
    };
    var CancelStatementCommand = class extends command(_ep0, _mw0, "CancelStatement", CancelStatement$) {
    };
    var CheckSchemaVersionValidityCommand = class extends command(_ep0, _mw0, "CheckSchemaVersionValidity", CheckSchemaVersionValidity$) {
    };
    var CreateBlueprintCommand = class extends command(_ep0, _mw0, "CreateBlueprint", CreateBlueprint$) {
    };
    var CreateCatalogCommand = class extends command(_ep0, _mw0, "CreateCatalog", CreateCatalog$) {
    };
    var CreateClassifierCommand = class extends command(_ep0, _mw0, "CreateClassifier", CreateClassifier$) {
    };
    var CreateColumnStatisticsTaskSettingsCommand = class extends command(_ep0, _mw0, "CreateColumnStatisticsTaskSettings", CreateColumnStatisticsTaskSettings$) {
    };
    var CreateConnectionCommand = class extends command(_ep0, _mw0, "CreateConnection", CreateConnection$) {
    };
    var CreateCrawlerCommand = class extends command(_ep0, _mw0, "CreateCrawler", CreateCrawler$) {
    };
    var CreateCustomEntityTypeCommand = class extends command(_ep0, _mw0, "CreateCustomEntityType", CreateCustomEntityType$) {
    };
    var CreateDatabaseCommand = class extends command(_ep0, _mw0, "CreateDatabase", CreateDatabase$) {
    };
    var CreateDataQualityEvaluationConfigCommand = class extends command(_ep0, _mw0, "CreateDataQualityEvaluationConfig", CreateDataQualityEvaluationConfig$) {
    };
    var CreateDataQualityRulesetCommand = class extends command(_ep0, _mw0, "CreateDataQualityRuleset", CreateDataQualityRuleset$) {
    };
    var CreateDevEndpointCommand = class extends command(_ep0, _mw0, "CreateDevEndpoint", CreateDevEndpoint$) {
    };
    var CreateGlossaryCommand = class extends command(_ep0, _mw0, "CreateGlossary", CreateGlossary$) {
    };
    var CreateGlossaryTermCommand = class extends command(_ep0, _mw0, "CreateGlossaryTerm", CreateGlossaryTerm$) {
    };
    var CreateGlueIdentityCenterConfigurationCommand = class extends command(_ep0, _mw0, "CreateGlueIdentityCenterConfiguration", CreateGlueIdentityCenterConfiguration$) {
    };
    var CreateIntegrationCommand = class extends command(_ep0, _mw0, "CreateIntegration", CreateIntegration$) {
    };
    var CreateIntegrationResourcePropertyCommand = class extends command(_ep0, _mw0, "CreateIntegrationResourceProperty", CreateIntegrationResourceProperty$) {
    };
    var CreateIntegrationTablePropertiesCommand = class extends command(_ep0, _mw0, "CreateIntegrationTableProperties", CreateIntegrationTableProperties$) {
    };
    var CreateJobCommand = class extends command(_ep0, _mw0, "CreateJob", CreateJob$) {
    };
    var CreateMLTransformCommand = class extends command(_ep0, _mw0, "CreateMLTransform", CreateMLTransform$) {
    };
    var CreatePartitionCommand = class extends command(_ep0, _mw0, "CreatePartition", CreatePartition$) {
    };
    var CreatePartitionIndexCommand = class extends command(_ep0, _mw0, "CreatePartitionIndex", CreatePartitionIndex$) {
    };
    var CreateRegistryCommand = class extends command(_ep0, _mw0, "CreateRegistry", CreateRegistry$) {
    };
    var CreateSchemaCommand = class extends command(_ep0, _mw0, "CreateSchema", CreateSchema$) {
    };
    var CreateScriptCommand = class extends command(_ep0, _mw0, "CreateScript", CreateScript$) {
    };
    var CreateSecurityConfigurationCommand = class extends command(_ep0, _mw0, "CreateSecurityConfiguration", CreateSecurityConfiguration$) {
    };
    var CreateSessionCommand = class extends command(_ep0, _mw0, "CreateSession", CreateSession$) {
    };
    var CreateTableCommand = class extends command(_ep0, _mw0, "CreateTable", CreateTable$) {
    };
    var CreateTableOptimizerCommand = class extends command(_ep0, _mw0, "CreateTableOptimizer", CreateTableOptimizer$) {
    };
    var CreateTriggerCommand = class extends command(_ep0, _mw0, "CreateTrigger", CreateTrigger$) {
    };
    var CreateUsageProfileCommand = class extends command(_ep0, _mw0, "CreateUsageProfile", CreateUsageProfile$) {
    };
    var CreateUserDefinedFunctionCommand = class extends command(_ep0, _mw0, "CreateUserDefinedFunction", CreateUserDefinedFunction$) {
    };
    var CreateWorkflowCommand = class extends command(_ep0, _mw0, "CreateWorkflow", CreateWorkflow$) {
    };
    var DeleteAssetCommand = class extends command(_ep0, _mw0, "DeleteAsset", DeleteAsset$) {
    };
    var DeleteAssetTypeCommand = class extends command(_ep0, _mw0, "DeleteAssetType", DeleteAssetType$) {
    };
    var DeleteAttachmentCommand = class extends command(_ep0, _mw0, "DeleteAttachment", DeleteAttachment$) {
    };
    var DeleteBlueprintCommand = class extends command(_ep0, _mw0, "DeleteBlueprint", DeleteBlueprint$) {
    };
    var DeleteCatalogCommand = class extends command(_ep0, _mw0, "DeleteCatalog", DeleteCatalog$) {
    };
    var DeleteClassifierCommand = class extends command(_ep0, _mw0, "DeleteClassifier", DeleteClassifier$) {
    };
    var DeleteColumnStatisticsForPartitionCommand = class extends command(_ep0, _mw0, "DeleteColumnStatisticsForPartition", DeleteColumnStatisticsForPartition$) {
    };
    var DeleteColumnStatisticsForTableCommand = class extends command(_ep0, _mw0, "DeleteColumnStatisticsForTable", DeleteColumnStatisticsForTable$) {
    };
    var DeleteColumnStatisticsTaskSettingsCommand = class extends command(_ep0, _mw0, "DeleteColumnStatisticsTaskSettings", DeleteColumnStatisticsTaskSettings$) {
    };
    var DeleteConnectionCommand = class extends command(_ep0, _mw0, "DeleteConnection", DeleteConnection$) {
    };
    var DeleteConnectionTypeCommand = class extends command(_ep0, _mw0, "DeleteConnectionType", DeleteConnectionType$) {
    };
    var DeleteCrawlerCommand = class extends command(_ep0, _mw0, "DeleteCrawler", DeleteCrawler$) {
    };
    var DeleteCustomEntityTypeCommand = class extends command(_ep0, _mw0, "DeleteCustomEntityType", DeleteCustomEntityType$) {
    };
    var DeleteDatabaseCommand = class extends command(_ep0, _mw0, "DeleteDatabase", DeleteDatabase$) {
    };
    var DeleteDataQualityEvaluationConfigCommand = class extends command(_ep0, _mw0, "DeleteDataQualityEvaluationConfig", DeleteDataQualityEvaluationConfig$) {
    };
    var DeleteDataQualityRulesetCommand = class extends command(_ep0, _mw0, "DeleteDataQualityRuleset", DeleteDataQualityRuleset$) {
    };
    var DeleteDevEndpointCommand = class extends command(_ep0, _mw0, "DeleteDevEndpoint", DeleteDevEndpoint$) {
    };
    var DeleteFormTypeCommand = class extends command(_ep0, _mw0, "DeleteFormType", DeleteFormType$) {
    };
    var DeleteGlossaryCommand = class extends command(_ep0, _mw0, "DeleteGlossary", DeleteGlossary$) {
    };
    var DeleteGlossaryTermCommand = class extends command(_ep0, _mw0, "DeleteGlossaryTerm", DeleteGlossaryTerm$) {
    };
    var DeleteGlueIdentityCenterConfigurationCommand = class extends command(_ep0, _mw0, "DeleteGlueIdentityCenterConfiguration", DeleteGlueIdentityCenterConfiguration$) {
    };
    var DeleteIntegrationCommand = class extends command(_ep0, _mw0, "DeleteIntegration", DeleteIntegration$) {
    };
    var DeleteIntegrationResourcePropertyCommand = class extends command(_ep0, _mw0, "DeleteIntegrationResourceProperty", DeleteIntegrationResourceProperty$) {
    };
    var DeleteIntegrationTablePropertiesCommand = class extends command(_ep0, _mw0, "DeleteIntegrationTableProperties", DeleteIntegrationTableProperties$) {
    };
    var DeleteJobCommand = class extends command(_ep0, _mw0, "DeleteJob", DeleteJob$) {
    };
    var DeleteMLTransformCommand = class extends command(_ep0, _mw0, "DeleteMLTransform", DeleteMLTransform$) {
    };
    var DeletePartitionCommand = class extends command(_ep0, _mw0, "DeletePartition", DeletePartition$) {
    };
    var DeletePartitionIndexCommand = class extends command(_ep0, _mw0, "DeletePartitionIndex", DeletePartitionIndex$) {
    };
    var DeleteRegistryCommand = class extends command(_ep0, _mw0, "DeleteRegistry", DeleteRegistry$) {
    };
    var DeleteResourcePolicyCommand = class extends command(_ep0, _mw0, "DeleteResourcePolicy", DeleteResourcePolicy$) {
    };
    var DeleteSchemaCommand = class extends command(_ep0, _mw0, "DeleteSchema", DeleteSchema$) {
    };
    var DeleteSchemaVersionsCommand = class extends command(_ep0, _mw0, "DeleteSchemaVersions", DeleteSchemaVersions$) {
    };
    var DeleteSecurityConfigurationCommand = class extends command(_ep0, _mw0, "DeleteSecurityConfiguration", DeleteSecurityConfiguration$) {
    };
    var DeleteSessionCommand = class extends command(_ep0, _mw0, "DeleteSession", DeleteSession$) {
    };
    var DeleteTableCommand = class extends command(_ep0, _mw0, "DeleteTable", DeleteTable$) {
    };
    var DeleteTableOptimizerCommand = class extends command(_ep0, _mw0, "DeleteTableOptimizer", DeleteTableOptimizer$) {
    };
    var DeleteTableVersionCommand = class extends command(_ep0, _mw0, "DeleteTableVersion", DeleteTableVersion$) {
    };
    var DeleteTriggerCommand = class extends command(_ep0, _mw0, "DeleteTrigger", DeleteTrigger$) {
    };
    var DeleteUsageProfileCommand = class extends command(_ep0, _mw0, "DeleteUsageProfile", DeleteUsageProfile$) {
    };
    var DeleteUserDefinedFunctionCommand = class extends command(_ep0, _mw0, "DeleteUserDefinedFunction", DeleteUserDefinedFunction$) {
    };
    var DeleteWorkflowCommand = class extends command(_ep0, _mw0, "DeleteWorkflow", DeleteWorkflow$) {
    };
    var DescribeConnectionTypeCommand = class extends command(_ep0, _mw0, "DescribeConnectionType", DescribeConnectionType$) {
    };
    var DescribeEntityCommand = class extends command(_ep0, _mw0, "DescribeEntity", DescribeEntity$) {
    };
    var DescribeInboundIntegrationsCommand = class extends command(_ep0, _mw0, "DescribeInboundIntegrations", DescribeInboundIntegrations$) {
    };
    var DescribeIntegrationsCommand = class extends command(_ep0, _mw0, "DescribeIntegrations", DescribeIntegrations$) {
    };
    var DisassociateGlossaryTermsCommand = class extends command(_ep0, _mw0, "DisassociateGlossaryTerms", DisassociateGlossaryTerms$) {
    };
    var GetAssetCommand = class extends command(_ep0, _mw0, "GetAsset", GetAsset$) {
    };
    var GetAssetTypeCommand = class extends command(_ep0, _mw0, "GetAssetType", GetAssetType$) {
    };
    var GetBlueprintCommand = class extends command(_ep0, _mw0, "GetBlueprint", GetBlueprint$) {
    };
    var GetBlueprintRunCommand = class extends command(_ep0, _mw0, "GetBlueprintRun", GetBlueprintRun$) {
    };
    var GetBlueprintRunsCommand = class extends command(_ep0, _mw0, "GetBlueprintRuns", GetBlueprintRuns$) {
    };
    var GetCatalogCommand = class extends command(_ep0, _mw0, "GetCatalog", GetCatalog$) {
    };
    var GetCatalogImportStatusCommand = class extends command(_ep0, _mw0, "GetCatalogImportStatus", GetCatalogImportStatus$) {
    };
    var GetCatalogsCommand = class extends command(_ep0, _mw0, "GetCatalogs", GetCatalogs$) {
    };
    var GetClassifierCommand = class extends command(_ep0, _mw0, "GetClassifier", GetClassifier$) {
    };
    var GetClassifiersCommand = class extends command(_ep0, _mw0, "GetClassifiers", GetClassifiers$) {
    };
    var GetColumnStatisticsForPartitionCommand = class extends command(_ep0, _mw0, "GetColumnStatisticsForPartition", GetColumnStatisticsForPartition$) {
    };
    var GetColumnStatisticsForTableCommand = class extends command(_ep0, _mw0, "GetColumnStatisticsForTable", GetColumnStatisticsForTable$) {
    };
    var GetColumnStatisticsTaskRunCommand = class extends command(_ep0, _mw0, "GetColumnStatisticsTaskRun", GetColumnStatisticsTaskRun$) {
    };
    var GetColumnStatisticsTaskRunsCommand = class extends command(_ep0, _mw0, "GetColumnStatisticsTaskRuns", GetColumnStatisticsTaskRuns$) {
    };
    var GetColumnStatisticsTaskSettingsCommand = class extends command(_ep0, _mw0, "GetColumnStatisticsTaskSettings", GetColumnStatisticsTaskSettings$) {
    };
    var GetConnectionCommand = class extends command(_ep0, _mw0, "GetConnection", GetConnection$) {
    };
    var GetConnectionsCommand = class extends command(_ep0, _mw0, "GetConnections", GetConnections$) {
    };
    var GetCrawlerCommand = class extends command(_ep0, _mw0, "GetCrawler", GetCrawler$) {
    };
    var GetCrawlerMetricsCommand = class extends command(_ep0, _mw0, "GetCrawlerMetrics", GetCrawlerMetrics$) {
    };
    var GetCrawlersCommand = class extends command(_ep0, _mw0, "GetCrawlers", GetCrawlers$) {
    };
    var GetCustomEntityTypeCommand = class extends command(_ep0, _mw0, "GetCustomEntityType", GetCustomEntityType$) {
    };
    var GetDashboardUrlCommand = class extends command(_ep0, _mw0, "GetDashboardUrl", GetDashboardUrl$) {
    };
    var GetDatabaseCommand = class extends command(_ep0, _mw0, "GetDatabase", GetDatabase$) {
    };
    var GetDatabasesCommand = class extends command(_ep0, _mw0, "GetDatabases", GetDatabases$) {
    };
    var GetDataCatalogEncryptionSettingsCommand = class extends command(_ep0, _mw0, "GetDataCatalogEncryptionSettings", GetDataCatalogEncryptionSettings$) {
    };
    var GetDataCatalogExportConfigurationCommand = class extends command(_ep0, _mw0, "GetDataCatalogExportConfiguration", GetDataCatalogExportConfiguration$) {
    };
    var GetDataflowGraphCommand = class extends command(_ep0, _mw0, "GetDataflowGraph", GetDataflowGraph$) {
    };
    var GetDataQualityEvaluationConfigCommand = class extends command(_ep0, _mw0, "GetDataQualityEvaluationConfig", GetDataQualityEvaluationConfig$) {
    };
    var GetDataQualityModelCommand = class extends command(_ep0, _mw0, "GetDataQualityModel", GetDataQualityModel$) {
    };
    var GetDataQualityModelResultCommand = class extends command(_ep0, _mw0, "GetDataQualityModelResult", GetDataQualityModelResult$) {
    };
    var GetDataQualityResultCommand = class extends command(_ep0, _mw0, "GetDataQualityResult", GetDataQualityResult$) {
    };
    var GetDataQualityResultV2Command = class extends command(_ep0, _mw0, "GetDataQualityResultV2", GetDataQualityResultV2$) {
    };
    var GetDataQualityRuleRecommendationRunCommand = class extends command(_ep0, _mw0, "GetDataQualityRuleRecommendationRun", GetDataQualityRuleRecommendationRun$) {
    };
    var GetDataQualityRulesetCommand = class extends command(_ep0, _mw0, "GetDataQualityRuleset", GetDataQualityRuleset$) {
    };
    var GetDataQualityRulesetEvaluationRunCommand = class extends command(_ep0, _mw0, "GetDataQualityRulesetEvaluationRun", GetDataQualityRulesetEvaluationRun$) {
    };
    var GetDevEndpointCommand = class extends command(_ep0, _mw0, "GetDevEndpoint", GetDevEndpoint$) {
    };
    var GetDevEndpointsCommand = class extends command(_ep0, _mw0, "GetDevEndpoints", GetDevEndpoints$) {
    };
    var GetEntityRecordsCommand = class extends command(_ep0, _mw0, "GetEntityRecords", GetEntityRecords$) {
    };
    var GetFormTypeCommand = class extends command(_ep0, _mw0, "GetFormType", GetFormType$) {
    };
    var GetGlossaryCommand = class extends command(_ep0, _mw0, "GetGlossary", GetGlossary$) {
    };
    var GetGlossaryTermCommand = class extends command(_ep0, _mw0, "GetGlossaryTerm", GetGlossaryTerm$) {
    };
    var GetGlueIdentityCenterConfigurationCommand = class extends command(_ep0, _mw0, "GetGlueIdentityCenterConfiguration", GetGlueIdentityCenterConfiguration$) {
    };
    var GetIntegrationResourcePropertyCommand = class extends command(_ep0, _mw0, "GetIntegrationResourceProperty", GetIntegrationResourceProperty$) {
    };
    var GetIntegrationTablePropertiesCommand = class extends command(_ep0, _mw0, "GetIntegrationTableProperties", GetIntegrationTableProperties$) {
    };
    var GetJobBookmarkCommand = class extends command(_ep0, _mw0, "GetJobBookmark", GetJobBookmark$) {
    };
    var GetJobCommand = class extends command(_ep0, _mw0, "GetJob", GetJob$) {
    };
    var GetJobRunCommand = class extends command(_ep0, _mw0, "GetJobRun", GetJobRun$) {
    };
    var GetJobRunsCommand = class extends command(_ep0, _mw0, "GetJobRuns", GetJobRuns$) {
    };
    var GetJobsCommand = class extends command(_ep0, _mw0, "GetJobs", GetJobs$) {
    };
    var GetJobUpgradeAnalysisCommand = class extends command(_ep0, _mw0, "GetJobUpgradeAnalysis", GetJobUpgradeAnalysis$) {
    };
    var GetMappingCommand = class extends command(_ep0, _mw0, "GetMapping", GetMapping$) {
    };
    var GetMaterializedViewRefreshTaskRunCommand = class extends command(_ep0, _mw0, "GetMaterializedViewRefreshTaskRun", GetMaterializedViewRefreshTaskRun$) {
    };
    var GetMLTaskRunCommand = class extends command(_ep0, _mw0, "GetMLTaskRun", GetMLTaskRun$) {
    };
    var GetMLTaskRunsCommand = class extends command(_ep0, _mw0, "GetMLTaskRuns", GetMLTaskRuns$) {
    };
    var GetMLTransformCommand = class extends command(_ep0, _mw0, "GetMLTransform", GetMLTransform$) {
    };
    var GetMLTransformsCommand = class extends command(_ep0, _mw0, "GetMLTransforms", GetMLTransforms$) {
    };
    var GetPartitionCommand = class extends command(_ep0, _mw0, "GetPartition", GetPartition$) {
    };
    var GetPartitionIndexesCommand = class extends command(_ep0, _mw0, "GetPartitionIndexes", GetPartitionIndexes$) {
    };
    var GetPartitionsCommand = class extends command(_ep0, _mw0, "GetPartitions", GetPartitions$) {
    };
    var GetPlanCommand = class extends command(_ep0, _mw0, "GetPlan", GetPlan$) {
    };
    var GetRegistryCommand = class extends command(_ep0, _mw0, "GetRegistry", GetRegistry$) {
    };
    var GetResourcePoliciesCommand = class extends command(_ep0, _mw0, "GetResourcePolicies", GetResourcePolicies$) {
    };
    var GetResourcePolicyCommand = class extends command(_ep0, _mw0, "GetResourcePolicy", GetResourcePolicy$) {
    };
    var GetSchemaByDefinitionCommand = class extends command(_ep0, _mw0, "GetSchemaByDefinition", GetSchemaByDefinition$) {
    };
    var GetSchemaCommand = class extends command(_ep0, _mw0, "GetSchema", GetSchema$) {
    };
    var GetSchemaVersionCommand = class extends command(_ep0, _mw0, "GetSchemaVersion", GetSchemaVersion$) {
    };
    var GetSchemaVersionsDiffCommand = class extends command(_ep0, _mw0, "GetSchemaVersionsDiff", GetSchemaVersionsDiff$) {
    };
    var GetSecurityConfigurationCommand = class extends command(_ep0, _mw0, "GetSecurityConfiguration", GetSecurityConfiguration$) {
    };
    var GetSecurityConfigurationsCommand = class extends command(_ep0, _mw0, "GetSecurityConfigurations", GetSecurityConfigurations$) {
    };
    var GetSessionCommand = class extends command(_ep0, _mw0, "GetSession", GetSession$) {
    };
    var GetSessionEndpointCommand = class extends command(_ep0, _mw0, "GetSessionEndpoint", GetSessionEndpoint$) {
    };
    var GetStatementCommand = class extends command(_ep0, _mw0, "GetStatement", GetStatement$) {
    };
    var GetSystemLogsForJobRunCommand = class extends command(_ep0, _mw0, "GetSystemLogsForJobRun", GetSystemLogsForJobRun$) {
    };
    var GetSystemLogsForSessionCommand = class extends command(_ep0, _mw0, "GetSystemLogsForSession", GetSystemLogsForSession$) {
    };
    var GetTableCommand = class extends command(_ep0, _mw0, "GetTable", GetTable$) {
    };
    var GetTableOptimizerCommand = class extends command(_ep0, _mw0, "GetTableOptimizer", GetTableOptimizer$) {
    };
    var GetTablesCommand = class extends command(_ep0, _mw0, "GetTables", GetTables$) {
    };
    var GetTableVersionCommand = class extends command(_ep0, _mw0, "GetTableVersion", GetTableVersion$) {
    };
    var GetTableVersionsCommand = class extends command(_ep0, _mw0, "GetTableVersions", GetTableVersions$) {
    };
    var GetTagsCommand = class extends command(_ep0, _mw0, "GetTags", GetTags$) {
    };
    var GetTriggerCommand = class extends command(_ep0, _mw0, "GetTrigger", GetTrigger$) {
    };
    var GetTriggersCommand = class extends command(_ep0, _mw0, "GetTriggers", GetTriggers$) {
    };
    var GetUnfilteredPartitionMetadataCommand = class extends command(_ep0, _mw0, "GetUnfilteredPartitionMetadata", GetUnfilteredPartitionMetadata$) {
    };
    var GetUnfilteredPartitionsMetadataCommand = class extends command(_ep0, _mw0, "GetUnfilteredPartitionsMetadata", GetUnfilteredPartitionsMetadata$) {
    };
    var GetUnfilteredTableMetadataCommand = class extends command(_ep0, _mw0, "GetUnfilteredTableMetadata", GetUnfilteredTableMetadata$) {
    };
    var GetUsageProfileCommand = class extends command(_ep0, _mw0, "GetUsageProfile", GetUsageProfile$) {
    };
    var GetUserDefinedFunctionCommand = class extends command(_ep0, _mw0, "GetUserDefinedFunction", GetUserDefinedFunction$) {
    };
    var GetUserDefinedFunctionsCommand = class extends command(_ep0, _mw0, "GetUserDefinedFunctions", GetUserDefinedFunctions$) {
    };
    var GetWorkflowCommand = class extends command(_ep0, _mw0, "GetWorkflow", GetWorkflow$) {
    };
    var GetWorkflowRunCommand = class extends command(_ep0, _mw0, "GetWorkflowRun", GetWorkflowRun$) {
    };
    var GetWorkflowRunPropertiesCommand = class extends command(_ep0, _mw0, "GetWorkflowRunProperties", GetWorkflowRunProperties$) {
    };
    var GetWorkflowRunsCommand = class extends command(_ep0, _mw0, "GetWorkflowRuns", GetWorkflowRuns$) {
    };
    var ImportCatalogToGlueCommand = class extends command(_ep0, _mw0, "ImportCatalogToGlue", ImportCatalogToGlue$) {
    };
    var ListAssetTypesCommand = class extends command(_ep0, _mw0, "ListAssetTypes", ListAssetTypes$) {
    };
    var ListBlueprintsCommand = class extends command(_ep0, _mw0, "ListBlueprints", ListBlueprints$) {
    };
    var ListColumnStatisticsTaskRunsCommand = class extends command(_ep0, _mw0, "ListColumnStatisticsTaskRuns", ListColumnStatisticsTaskRuns$) {
    };
    var ListConnectionTypesCommand = class extends command(_ep0, _mw0, "ListConnectionTypes", ListConnectionTypes$) {
    };
    var ListCrawlersCommand = class extends command(_ep0, _mw0, "ListCrawlers", ListCrawlers$) {
    };
    var ListCrawlsCommand = class extends command(_ep0, _mw0, "ListCrawls", ListCrawls$) {
    };
    var ListCustomEntityTypesCommand = class extends command(_ep0, _mw0, "ListCustomEntityTypes", ListCustomEntityTypes$) {
    };
    var ListDataQualityEvaluationConfigsCommand = class extends command(_ep0, _mw0, "ListDataQualityEvaluationConfigs", ListDataQualityEvaluationConfigs$) {
    };
    var ListDataQualityResultsCommand = class extends command(_ep0, _mw0, "ListDataQualityResults", ListDataQualityResults$) {
    };
    var ListDataQualityResultsV2Command = class extends command(_ep0, _mw0, "ListDataQualityResultsV2", ListDataQualityResultsV2$) {
    };
    var ListDataQualityRuleRecommendationRunsCommand = class extends command(_ep0, _mw0, "ListDataQualityRuleRecommendationRuns", ListDataQualityRuleRecommendationRuns$) {
    };
    var ListDataQualityRulesetEvaluationRunsCommand = class extends command(_ep0, _mw0, "ListDataQualityRulesetEvaluationRuns", ListDataQualityRulesetEvaluationRuns$) {
    };
    var ListDataQualityRulesetsCommand = class extends command(_ep0, _mw0, "ListDataQualityRulesets", ListDataQualityRulesets$) {
    };
    var ListDataQualityStatisticAnnotationsCommand = class extends command(_ep0, _mw0, "ListDataQualityStatisticAnnotations", ListDataQualityStatisticAnnotations$) {
    };
    var ListDataQualityStatisticsCommand = class extends command(_ep0, _mw0, "ListDataQualityStatistics", ListDataQualityStatistics$) {
    };
    var ListDevEndpointsCommand = class extends command(_ep0, _mw0, "ListDevEndpoints", ListDevEndpoints$) {
    };
    var ListEntitiesCommand = class extends command(_ep0, _mw0, "ListEntities", ListEntities$) {
    };
    var ListFormTypesCommand = class extends command(_ep0, _mw0, "ListFormTypes", ListFormTypes$) {
    };
    var ListGlossariesCommand = class extends command(_ep0, _mw0, "ListGlossaries", ListGlossaries$) {
    };
    var ListGlossaryTermsCommand = class extends command(_ep0, _mw0, "ListGlossaryTerms", ListGlossaryTerms$) {
    };
    var ListIntegrationResourcePropertiesCommand = class extends command(_ep0, _mw0, "ListIntegrationResourceProperties", ListIntegrationResourceProperties$) {
    };
    var ListIntegrationTablePropertiesCommand = class extends command(_ep0, _mw0, "ListIntegrationTableProperties", ListIntegrationTableProperties$) {
    };
    var ListIterableFormsCommand = class extends command(_ep0, _mw0, "ListIterableForms", ListIterableForms$) {
    };
    var ListJobsCommand = class extends command(_ep0, _mw0, "ListJobs", ListJobs$) {
    };
    var ListMaterializedViewRefreshTaskRunsCommand = class extends command(_ep0, _mw0, "ListMaterializedViewRefreshTaskRuns", ListMaterializedViewRefreshTaskRuns$) {
    };
    var ListMLTransformsCommand = class extends command(_ep0, _mw0, "ListMLTransforms", ListMLTransforms$) {
    };
    var ListRegistriesCommand = class extends command(_ep0, _mw0, "ListRegistries", ListRegistries$) {
    };
    var ListSchemasCommand = class extends command(_ep0, _mw0, "ListSchemas", ListSchemas$) {
    };
    var ListSchemaVersionsCommand = class extends command(_ep0, _mw0, "ListSchemaVersions", ListSchemaVersions$) {
    };
    var ListSessionsCommand = class extends command(_ep0, _mw0, "ListSessions", ListSessions$) {
    };
    var ListStatementsCommand = class extends command(_ep0, _mw0, "ListStatements", ListStatements$) {
    };
    var ListTableOptimizerRunsCommand = class extends command(_ep0, _mw0, "ListTableOptimizerRuns", ListTableOptimizerRuns$) {
    };
    var ListTriggersCommand = class extends command(_ep0, _mw0, "ListTriggers", ListTriggers$) {
    };
    var ListUsageProfilesCommand = class extends command(_ep0, _mw0, "ListUsageProfiles", ListUsageProfiles$) {
    };
    var ListWorkflowsCommand = class extends command(_ep0, _mw0, "ListWorkflows", ListWorkflows$) {
    };
    var ModifyIntegrationCommand = class extends command(_ep0, _mw0, "ModifyIntegration", ModifyIntegration$) {
    };
    var PublishDataQualityResultV2Command = class extends command(_ep0, _mw0, "PublishDataQualityResultV2", PublishDataQualityResultV2$) {
    };
    var PutAssetCommand = class extends command(_ep0, _mw0, "PutAsset", PutAsset$) {
    };
    var PutAssetTypeCommand = class extends command(_ep0, _mw0, "PutAssetType", PutAssetType$) {
    };
    var PutAttachmentCommand = class extends command(_ep0, _mw0, "PutAttachment", PutAttachment$) {
    };
    var PutDataCatalogEncryptionSettingsCommand = class extends command(_ep0, _mw0, "PutDataCatalogEncryptionSettings", PutDataCatalogEncryptionSettings$) {
    };
    var PutDataCatalogExportConfigurationCommand = class extends command(_ep0, _mw0, "PutDataCatalogExportConfiguration", PutDataCatalogExportConfiguration$) {
    };
    var PutDataQualityProfileAnnotationCommand = class extends command(_ep0, _mw0, "PutDataQualityProfileAnnotation", PutDataQualityProfileAnnotation$) {
    };
    var PutFormTypeCommand = class extends command(_ep0, _mw0, "PutFormType", PutFormType$) {
    };
    var PutResourcePolicyCommand = class extends command(_ep0, _mw0, "PutResourcePolicy", PutResourcePolicy$) {
    };
    var PutSchemaVersionMetadataCommand = class extends command(_ep0, _mw0, "PutSchemaVersionMetadata", PutSchemaVersionMetadata$) {
    };
    var PutWorkflowRunPropertiesCommand = class extends command(_ep0, _mw0, "PutWorkflowRunProperties", PutWorkflowRunProperties$) {
    };
    var QuerySchemaVersionMetadataCommand = class extends command(_ep0, _mw0, "QuerySchemaVersionMetadata", QuerySchemaVersionMetadata$) {
    };
    var RegisterConnectionTypeCommand = class extends command(_ep0, _mw0, "RegisterConnectionType", RegisterConnectionType$) {
    };
    var RegisterSchemaVersionCommand = class extends command(_ep0, _mw0, "RegisterSchemaVersion", RegisterSchemaVersion$) {
    };
    var RemoveSchemaVersionMetadataCommand = class extends command(_ep0, _mw0, "RemoveSchemaVersionMetadata", RemoveSchemaVersionMetadata$) {
    };
    var ResetJobBookmarkCommand = class extends command(_ep0, _mw0, "ResetJobBookmark", ResetJobBookmark$) {
    };
    var ResumeWorkflowRunCommand = class extends command(_ep0, _mw0, "ResumeWorkflowRun", ResumeWorkflowRun$) {
    };
    var RunStatementCommand = class extends command(_ep0, _mw0, "RunStatement", RunStatement$) {
    };
    var SearchAssetsCommand = class extends command(_ep0, _mw0, "SearchAssets", SearchAssets$) {
    };
    var SearchTablesCommand = class extends command(_ep0, _mw0, "SearchTables", SearchTables$) {
    };
    var StartBlueprintRunCommand = class extends command(_ep0, _mw0, "StartBlueprintRun", StartBlueprintRun$) {
    };
    var StartColumnStatisticsTaskRunCommand = class extends command(_ep0, _mw0, "StartColumnStatisticsTaskRun", StartColumnStatisticsTaskRun$) {
    };
    var StartColumnStatisticsTaskRunScheduleCommand = class extends command(_ep0, _mw0, "StartColumnStatisticsTaskRunSchedule", StartColumnStatisticsTaskRunSchedule$) {
    };
    var StartCrawlerCommand = class extends command(_ep0, _mw0, "StartCrawler", StartCrawler$) {
    };
    var StartCrawlerScheduleCommand = class extends command(_ep0, _mw0, "StartCrawlerSchedule", StartCrawlerSchedule$) {
    };
    var StartDataQualityRuleRecommendationRunCommand = class extends command(_ep0, _mw0, "StartDataQualityRuleRecommendationRun", StartDataQualityRuleRecommendationRun$) {
    };
    var StartDataQualityRulesetEvaluationRunCommand = class extends command(_ep0, _mw0, "StartDataQualityRulesetEvaluationRun", StartDataQualityRulesetEvaluationRun$) {
    };
    var StartExportLabelsTaskRunCommand = class extends command(_ep0, _mw0, "StartExportLabelsTaskRun", StartExportLabelsTaskRun$) {
    };
    var StartImportLabelsTaskRunCommand = class extends command(_ep0, _mw0, "StartImportLabelsTaskRun", StartImportLabelsTaskRun$) {
    };
    var StartJobRunCommand = class extends command(_ep0, _mw0, "StartJobRun", StartJobRun$) {
    };
    var StartJobUpgradeAnalysisCommand = class extends command(_ep0, _mw0, "StartJobUpgradeAnalysis", StartJobUpgradeAnalysis$) {
    };
    var StartMaterializedViewRefreshTaskRunCommand = class extends command(_ep0, _mw0, "StartMaterializedViewRefreshTaskRun", StartMaterializedViewRefreshTaskRun$) {
    };
    var StartMLEvaluationTaskRunCommand = class extends command(_ep0, _mw0, "StartMLEvaluationTaskRun", StartMLEvaluationTaskRun$) {
    };
    var StartMLLabelingSetGenerationTaskRunCommand = class extends command(_ep0, _mw0, "StartMLLabelingSetGenerationTaskRun", StartMLLabelingSetGenerationTaskRun$) {
    };
    var StartTriggerCommand = class extends command(_ep0, _mw0, "StartTrigger", StartTrigger$) {
    };
    var StartWorkflowRunCommand = class extends command(_ep0, _mw0, "StartWorkflowRun", StartWorkflowRun$) {
    };
    var StopColumnStatisticsTaskRunCommand = class extends command(_ep0, _mw0, "StopColumnStatisticsTaskRun", StopColumnStatisticsTaskRun$) {
    };
    var StopColumnStatisticsTaskRunScheduleCommand = class extends command(_ep0, _mw0, "StopColumnStatisticsTaskRunSchedule", StopColumnStatisticsTaskRunSchedule$) {
    };
    var StopCrawlerCommand = class extends command(_ep0, _mw0, "StopCrawler", StopCrawler$) {
    };
    var StopCrawlerScheduleCommand = class extends command(_ep0, _mw0, "StopCrawlerSchedule", StopCrawlerSchedule$) {
    };
    var StopJobUpgradeAnalysisCommand = class extends command(_ep0, _mw0, "StopJobUpgradeAnalysis", StopJobUpgradeAnalysis$) {
    };
    var StopMaterializedViewRefreshTaskRunCommand = class extends command(_ep0, _mw0, "StopMaterializedViewRefreshTaskRun", StopMaterializedViewRefreshTaskRun$) {
    };
    var StopSessionCommand = class extends command(_ep0, _mw0, "StopSession", StopSession$) {
    };
    var StopTriggerCommand = class extends command(_ep0, _mw0, "StopTrigger", StopTrigger$) {
    };
    var StopWorkflowRunCommand = class extends command(_ep0, _mw0, "StopWorkflowRun", StopWorkflowRun$) {
    };
    var TagResourceCommand = class extends command(_ep0, _mw0, "TagResource", TagResource$) {
    };
    var TestConnectionCommand = class extends command(_ep0, _mw0, "TestConnection", TestConnection$) {
    };
    var UntagResourceCommand = class extends command(_ep0, _mw0, "UntagResource", UntagResource$) {
    };
    var UpdateAssetCommand = class extends command(_ep0, _mw0, "UpdateAsset", UpdateAsset$) {
    };
    var UpdateBlueprintCommand = class extends command(_ep0, _mw0, "UpdateBlueprint", UpdateBlueprint$) {
    };
    var UpdateCatalogCommand = class extends command(_ep0, _mw0, "UpdateCatalog", UpdateCatalog$) {
    };
    var UpdateClassifierCommand = class extends command(_ep0, _mw0, "UpdateClassifier", UpdateClassifier$) {
    };
    var UpdateColumnStatisticsForPartitionCommand = class extends command(_ep0, _mw0, "UpdateColumnStatisticsForPartition", UpdateColumnStatisticsForPartition$) {
    };
    var UpdateColumnStatisticsForTableCommand = class extends command(_ep0, _mw0, "UpdateColumnStatisticsForTable", UpdateColumnStatisticsForTable$) {
    };
    var UpdateColumnStatisticsTaskSettingsCommand = class extends command(_ep0, _mw0, "UpdateColumnStatisticsTaskSettings", UpdateColumnStatisticsTaskSettings$) {
    };
    var UpdateConnectionCommand = class extends command(_ep0, _mw0, "UpdateConnection", UpdateConnection$) {
    };
    var UpdateCrawlerCommand = class extends command(_ep0, _mw0, "UpdateCrawler", UpdateCrawler$) {
    };
    var UpdateCrawlerScheduleCommand = class extends command(_ep0, _mw0, "UpdateCrawlerSchedule", UpdateCrawlerSchedule$) {
    };
    var UpdateDatabaseCommand = class extends command(_ep0, _mw0, "UpdateDatabase", UpdateDatabase$) {
    };
    var UpdateDataQualityEvaluationConfigCommand = class extends command(_ep0, _mw0, "UpdateDataQualityEvaluationConfig", UpdateDataQualityEvaluationConfig$) {
    };
    var UpdateDataQualityRulesetCommand = class extends command(_ep0, _mw0, "UpdateDataQualityRuleset", UpdateDataQualityRuleset$) {
    };
    var UpdateDevEndpointCommand = class extends command(_ep0, _mw0, "UpdateDevEndpoint", UpdateDevEndpoint$) {
    };
    var UpdateGlossaryCommand = class extends command(_ep0, _mw0, "UpdateGlossary", UpdateGlossary$) {
    };
    var UpdateGlossaryTermCommand = class extends command(_ep0, _mw0, "UpdateGlossaryTerm", UpdateGlossaryTerm$) {
    };
    var UpdateGlueIdentityCenterConfigurationCommand = class extends command(_ep0, _mw0, "UpdateGlueIdentityCenterConfiguration", UpdateGlueIdentityCenterConfiguration$) {
    };
    var UpdateIntegrationResourcePropertyCommand = class extends command(_ep0, _mw0, "UpdateIntegrationResourceProperty", UpdateIntegrationResourceProperty$) {
    };
    var UpdateIntegrationTablePropertiesCommand = class extends command(_ep0, _mw0, "UpdateIntegrationTableProperties", UpdateIntegrationTableProperties$) {
    };
    var UpdateJobCommand = class extends command(_ep0, _mw0, "UpdateJob", UpdateJob$) {
    };
    var UpdateJobFromSourceControlCommand = class extends command(_ep0, _mw0, "UpdateJobFromSourceControl", UpdateJobFromSourceControl$) {
    };
    var UpdateMLTransformCommand = class extends command(_ep0, _mw0, "UpdateMLTransform", UpdateMLTransform$) {
    };
    var UpdatePartitionCommand = class extends command(_ep0, _mw0, "UpdatePartition", UpdatePartition$) {
    };
    var UpdateRegistryCommand = class extends command(_ep0, _mw0, "UpdateRegistry", UpdateRegistry$) {
    };
    var UpdateSchemaCommand = class extends command(_ep0, _mw0, "UpdateSchema", UpdateSchema$) {
    };
    var UpdateSourceControlFromJobCommand = class extends command(_ep0, _mw0, "UpdateSourceControlFromJob", UpdateSourceControlFromJob$) {
    };
    var UpdateTableCommand = class extends command(_ep0, _mw0, "UpdateTable", UpdateTable$) {
    };
    var UpdateTableOptimizerCommand = class extends command(_ep0, _mw0, "UpdateTableOptimizer", UpdateTableOptimizer$) {
    };
    var UpdateTriggerCommand = class extends command(_ep0, _mw0, "UpdateTrigger", UpdateTrigger$) {
    };
    var UpdateUsageProfileCommand = class extends command(_ep0, _mw0, "UpdateUsageProfile", UpdateUsageProfile$) {
    };
    var UpdateUserDefinedFunctionCommand = class extends command(_ep0, _mw0, "UpdateUserDefinedFunction", UpdateUserDefinedFunction$) {
    };
    var UpdateWorkflowCommand = class extends command(_ep0, _mw0, "UpdateWorkflow", UpdateWorkflow$) {
    };
    var paginateDescribeEntity = createPaginator(GlueClient, DescribeEntityCommand, "NextToken", "NextToken", "");
    var paginateGetBlueprintRuns = createPaginator(GlueClient, GetBlueprintRunsCommand, "NextToken", "NextToken", "MaxResults");
    var paginateGetClassifiers = createPaginator(GlueClient, GetClassifiersCommand, "NextToken", "NextToken", "MaxResults");
    var paginateGetColumnStatisticsTaskRuns = createPaginator(GlueClient, GetColumnStatisticsTaskRunsCommand, "NextToken", "NextToken", "MaxResults");
    var paginateGetConnections = createPaginator(GlueClient, GetConnectionsCommand, "NextToken", "NextToken", "MaxResults");
    var paginateGetCrawlerMetrics = createPaginator(GlueClient, GetCrawlerMetricsCommand, "NextToken", "NextToken", "MaxResults");
    var paginateGetCrawlers = createPaginator(GlueClient, GetCrawlersCommand, "NextToken", "NextToken", "MaxResults");
    var paginateGetDatabases = createPaginator(GlueClient, GetDatabasesCommand, "NextToken", "NextToken", "MaxResults");
    var paginateGetDevEndpoints = createPaginator(GlueClient, GetDevEndpointsCommand, "NextToken", "NextToken", "MaxResults");
    var paginateGetJobRuns = createPaginator(GlueClient, GetJobRunsCommand, "NextToken", "NextToken", "MaxResults");
    var paginateGetJobs = createPaginator(GlueClient, GetJobsCommand, "NextToken", "NextToken", "MaxResults");
    var paginateGetMLTaskRuns = createPaginator(GlueClient, GetMLTaskRunsCommand, "NextToken", "NextToken", "MaxResults");
    var paginateGetMLTransforms = createPaginator(GlueClient, GetMLTransformsCommand, "NextToken", "NextToken", "MaxResults");
    var paginateGetPartitionIndexes = createPaginator(GlueClient, GetPartitionIndexesCommand, "NextToken", "NextToken", "");
    var paginateGetPartitions = createPaginator(GlueClient, GetPartitionsCommand, "NextToken", "NextToken", "MaxResults");
    var paginateGetResourcePolicies = createPaginator(GlueClient, GetResourcePoliciesCommand, "NextToken", "NextToken", "MaxResults");
    var paginateGetSecurityConfigurations = createPaginator(GlueClient, GetSecurityConfigurationsCommand, "NextToken", "NextToken", "MaxResults");
    var paginateGetTables = createPaginator(GlueClient, GetTablesCommand, "NextToken", "NextToken", "MaxResults");
    var paginateGetTableVersions = createPaginator(GlueClient, GetTableVersionsCommand, "NextToken", "NextToken", "MaxResults");
    var paginateGetTriggers = createPaginator(GlueClient, GetTriggersCommand, "NextToken", "NextToken", "MaxResults");
    var paginateGetUnfilteredPartitionsMetadata = createPaginator(GlueClient, GetUnfilteredPartitionsMetadataCommand, "NextToken", "NextToken", "MaxResults");
    var paginateGetUserDefinedFunctions = createPaginator(GlueClient, GetUserDefinedFunctionsCommand, "NextToken", "NextToken", "MaxResults");
    var paginateGetWorkflowRuns = createPaginator(GlueClient, GetWorkflowRunsCommand, "NextToken", "NextToken", "MaxResults");
    var paginateListAssetTypes = createPaginator(GlueClient, ListAssetTypesCommand, "NextToken", "NextToken", "MaxResults");
    var paginateListBlueprints = createPaginator(GlueClient, ListBlueprintsCommand, "NextToken", "NextToken", "MaxResults");
    var paginateListColumnStatisticsTaskRuns = createPaginator(GlueClient, ListColumnStatisticsTaskRunsCommand, "NextToken", "NextToken", "MaxResults");
    var paginateListConnectionTypes = createPaginator(GlueClient, ListConnectionTypesCommand, "NextToken", "NextToken", "MaxResults");
    var paginateListCrawlers = createPaginator(GlueClient, ListCrawlersCommand, "NextToken", "NextToken", "MaxResults");
    var paginateListCustomEntityTypes = createPaginator(GlueClient, ListCustomEntityTypesCommand, "NextToken", "NextToken", "MaxResults");
    var paginateListDataQualityEvaluationConfigs = createPaginator(GlueClient, ListDataQualityEvaluationConfigsCommand, "NextToken", "NextToken", "MaxResults");
    var paginateListDataQualityResults = createPaginator(GlueClient, ListDataQualityResultsCommand, "NextToken", "NextToken", "MaxResults");
    var paginateListDataQualityResultsV2 = createPaginator(GlueClient, ListDataQualityResultsV2Command, "NextToken", "NextToken", "MaxResults");
    var paginateListDataQualityRuleRecommendationRuns = createPaginator(GlueClient, ListDataQualityRuleRecommendationRunsCommand, "NextToken", "NextToken", "MaxResults");
    var paginateListDataQualityRulesetEvaluationRuns = createPaginator(GlueClient, ListDataQualityRulesetEvaluationRunsCommand, "NextToken", "NextToken", "MaxResults");
    var paginateListDataQualityRulesets = createPaginator(GlueClient, ListDataQualityRulesetsCommand, "NextToken", "NextToken", "MaxResults");
    var paginateListDevEndpoints = createPaginator(GlueClient, ListDevEndpointsCommand, "NextToken", "NextToken", "MaxResults");
    var paginateListEntities = createPaginator(GlueClient, ListEntitiesCommand, "NextToken", "NextToken", "");
    var paginateListFormTypes = createPaginator(GlueClient, ListFormTypesCommand, "NextToken", "NextToken", "MaxResults");
    var paginateListGlossaries = createPaginator(GlueClient, ListGlossariesCommand, "NextToken", "NextToken", "MaxResults");
    var paginateListGlossaryTerms = createPaginator(GlueClient, ListGlossaryTermsCommand, "NextToken", "NextToken", "MaxResults");
    var paginateListIterableForms = createPaginator(GlueClient, ListIterableFormsCommand, "NextToken", "NextToken", "MaxResults");
    var paginateListJobs = createPaginator(GlueClient, ListJobsCommand, "NextToken", "NextToken", "MaxResults");
    var paginateListMaterializedViewRefreshTaskRuns = createPaginator(GlueClient, ListMaterializedViewRefreshTaskRunsCommand, "NextToken", "NextToken", "MaxResults");
    var paginateListMLTransforms = createPaginator(GlueClient, ListMLTransformsCommand, "NextToken", "NextToken", "MaxResults");
    var paginateListRegistries = createPaginator(GlueClient, ListRegistriesCommand, "NextToken", "NextToken", "MaxResults");
    var paginateListSchemas = createPaginator(GlueClient, ListSchemasCommand, "NextToken", "NextToken", "MaxResults");
    var paginateListSchemaVersions = createPaginator(GlueClient, ListSchemaVersionsCommand, "NextToken", "NextToken", "MaxResults");
    var paginateListSessions = createPaginator(GlueClient, ListSessionsCommand, "NextToken", "NextToken", "MaxResults");
    var paginateListTableOptimizerRuns = createPaginator(GlueClient, ListTableOptimizerRunsCommand, "NextToken", "NextToken", "MaxResults");
    var paginateListTriggers = createPaginator(GlueClient, ListTriggersCommand, "NextToken", "NextToken", "MaxResults");
    var paginateListUsageProfiles = createPaginator(GlueClient, ListUsageProfilesCommand, "NextToken", "NextToken", "MaxResults");
    var paginateListWorkflows = createPaginator(GlueClient, ListWorkflowsCommand, "NextToken", "NextToken", "MaxResults");
    var paginateSearchAssets = createPaginator(GlueClient, SearchAssetsCommand, "NextToken", "NextToken", "MaxResults");
    var paginateSearchTables = createPaginator(GlueClient, SearchTablesCommand, "NextToken", "NextToken", "MaxResults");
    var commands = {
      AssociateGlossaryTermsCommand,
      BatchCreatePartitionCommand,
      BatchDeleteConnectionCommand,
      BatchDeletePartitionCommand,
      BatchDeleteTableCommand,
      BatchDeleteTableVersionCommand,
      BatchGetBlueprintsCommand,
      BatchGetCrawlersCommand,
      BatchGetCustomEntityTypesCommand,
      BatchGetDataQualityResultCommand,
      BatchGetDataQualityResultV2Command,
      BatchGetDataQualityRulesetEvaluationRunCommand,
      BatchGetDevEndpointsCommand,
      BatchGetIterableFormsCommand,
      BatchGetJobsCommand,
      BatchGetPartitionCommand,
      BatchGetTableOptimizerCommand,
      BatchGetTriggersCommand,
      BatchGetWorkflowsCommand,
      BatchPutDataQualityStatisticAnnotationCommand,
      BatchStopJobRunCommand,
      BatchUpdatePartitionCommand,
      CancelDataQualityRuleRecommendationRunCommand,
      CancelDataQualityRulesetEvaluationRunCommand,
      CancelMLTaskRunCommand,
      CancelStatementCommand,
      CheckSchemaVersionValidityCommand,
      CreateBlueprintCommand,
      CreateCatalogCommand,
      CreateClassifierCommand,
      CreateColumnStatisticsTaskSettingsCommand,
      CreateConnectionCommand,
      CreateCrawlerCommand,
      CreateCustomEntityTypeCommand,
      CreateDatabaseCommand,
      CreateDataQualityEvaluationConfigCommand,
      CreateDataQualityRulesetCommand,
      CreateDevEndpointCommand,
      CreateGlossaryCommand,
      CreateGlossaryTermCommand,
      CreateGlueIdentityCenterConfigurationCommand,
      CreateIntegrationCommand,
      CreateIntegrationResourcePropertyCommand,
      CreateIntegrationTablePropertiesCommand,
      CreateJobCommand,
      CreateMLTransformCommand,
      CreatePartitionCommand,
      CreatePartitionIndexCommand,
      CreateRegistryCommand,
      CreateSchemaCommand,
      CreateScriptCommand,
      CreateSecurityConfigurationCommand,
      CreateSessionCommand,
      CreateTableCommand,
      CreateTableOptimizerCommand,
      CreateTriggerCommand,
      CreateUsageProfileCommand,
      CreateUserDefinedFunctionCommand,
      CreateWorkflowCommand,
      DeleteAssetCommand,
      DeleteAssetTypeCommand,
      DeleteAttachmentCommand,
      DeleteBlueprintCommand,
      DeleteCatalogCommand,
      DeleteClassifierCommand,
      DeleteColumnStatisticsForPartitionCommand,
      DeleteColumnStatisticsForTableCommand,
      DeleteColumnStatisticsTaskSettingsCommand,
      DeleteConnectionCommand,
      DeleteConnectionTypeCommand,
      DeleteCrawlerCommand,
      DeleteCustomEntityTypeCommand,
      DeleteDatabaseCommand,
      DeleteDataQualityEvaluationConfigCommand,
      DeleteDataQualityRulesetCommand,
      DeleteDevEndpointCommand,
      DeleteFormTypeCommand,
      DeleteGlossaryCommand,
      DeleteGlossaryTermCommand,
      DeleteGlueIdentityCenterConfigurationCommand,
      DeleteIntegrationCommand,
      DeleteIntegrationResourcePropertyCommand,
      DeleteIntegrationTablePropertiesCommand,
      DeleteJobCommand,
      DeleteMLTransformCommand,
      DeletePartitionCommand,
      DeletePartitionIndexCommand,
      DeleteRegistryCommand,
      DeleteResourcePolicyCommand,
      DeleteSchemaCommand,
      DeleteSchemaVersionsCommand,
      DeleteSecurityConfigurationCommand,
      DeleteSessionCommand,
      DeleteTableCommand,
      DeleteTableOptimizerCommand,
      DeleteTableVersionCommand,
      DeleteTriggerCommand,
      DeleteUsageProfileCommand,
      DeleteUserDefinedFunctionCommand,
      DeleteWorkflowCommand,
      DescribeConnectionTypeCommand,
      DescribeEntityCommand,
      DescribeInboundIntegrationsCommand,
      DescribeIntegrationsCommand,
      DisassociateGlossaryTermsCommand,
      GetAssetCommand,
      GetAssetTypeCommand,
      GetBlueprintCommand,
      GetBlueprintRunCommand,
      GetBlueprintRunsCommand,
      GetCatalogCommand,
      GetCatalogImportStatusCommand,
      GetCatalogsCommand,
      GetClassifierCommand,
      GetClassifiersCommand,
      GetColumnStatisticsForPartitionCommand,
      GetColumnStatisticsForTableCommand,
      GetColumnStatisticsTaskRunCommand,
      GetColumnStatisticsTaskRunsCommand,
      GetColumnStatisticsTaskSettingsCommand,
      GetConnectionCommand,
      GetConnectionsCommand,
      GetCrawlerCommand,
      GetCrawlerMetricsCommand,
      GetCrawlersCommand,
      GetCustomEntityTypeCommand,
      GetDashboardUrlCommand,
      GetDatabaseCommand,
      GetDatabasesCommand,
      GetDataCatalogEncryptionSettingsCommand,
      GetDataCatalogExportConfigurationCommand,
      GetDataflowGraphCommand,
      GetDataQualityEvaluationConfigCommand,
      GetDataQualityModelCommand,
      GetDataQualityModelResultCommand,
      GetDataQualityResultCommand,
      GetDataQualityResultV2Command,
      GetDataQualityRuleRecommendationRunCommand,
      GetDataQualityRulesetCommand,
      GetDataQualityRulesetEvaluationRunCommand,
      GetDevEndpointCommand,
      GetDevEndpointsCommand,
      GetEntityRecordsCommand,
      GetFormTypeCommand,
      GetGlossaryCommand,
      GetGlossaryTermCommand,
      GetGlueIdentityCenterConfigurationCommand,
      GetIntegrationResourcePropertyCommand,
      GetIntegrationTablePropertiesCommand,
      GetJobCommand,
      GetJobBookmarkCommand,
      GetJobRunCommand,
      GetJobRunsCommand,
      GetJobsCommand,
      GetJobUpgradeAnalysisCommand,
      GetMappingCommand,
      GetMaterializedViewRefreshTaskRunCommand,
      GetMLTaskRunCommand,
      GetMLTaskRunsCommand,
      GetMLTransformCommand,
      GetMLTransformsCommand,
      GetPartitionCommand,
      GetPartitionIndexesCommand,
      GetPartitionsCommand,
      GetPlanCommand,
      GetRegistryCommand,
      GetResourcePoliciesCommand,
      GetResourcePolicyCommand,
      GetSchemaCommand,
      GetSchemaByDefinitionCommand,
      GetSchemaVersionCommand,
      GetSchemaVersionsDiffCommand,
      GetSecurityConfigurationCommand,
      GetSecurityConfigurationsCommand,
      GetSessionCommand,
      GetSessionEndpointCommand,
      GetStatementCommand,
      GetSystemLogsForJobRunCommand,
      GetSystemLogsForSessionCommand,
      GetTableCommand,
      GetTableOptimizerCommand,
      GetTablesCommand,
      GetTableVersionCommand,
      GetTableVersionsCommand,
      GetTagsCommand,
      GetTriggerCommand,
      GetTriggersCommand,
      GetUnfilteredPartitionMetadataCommand,
      GetUnfilteredPartitionsMetadataCommand,
      GetUnfilteredTableMetadataCommand,
      GetUsageProfileCommand,
      GetUserDefinedFunctionCommand,
      GetUserDefinedFunctionsCommand,
      GetWorkflowCommand,
      GetWorkflowRunCommand,
      GetWorkflowRunPropertiesCommand,
      GetWorkflowRunsCommand,
      ImportCatalogToGlueCommand,
      ListAssetTypesCommand,
      ListBlueprintsCommand,
      ListColumnStatisticsTaskRunsCommand,
      ListConnectionTypesCommand,
      ListCrawlersCommand,
      ListCrawlsCommand,
      ListCustomEntityTypesCommand,
      ListDataQualityEvaluationConfigsCommand,
      ListDataQualityResultsCommand,
      ListDataQualityResultsV2Command,
      ListDataQualityRuleRecommendationRunsCommand,
      ListDataQualityRulesetEvaluationRunsCommand,
      ListDataQualityRulesetsCommand,
      ListDataQualityStatisticAnnotationsCommand,
      ListDataQualityStatisticsCommand,
      ListDevEndpointsCommand,
      ListEntitiesCommand,
      ListFormTypesCommand,
      ListGlossariesCommand,
      ListGlossaryTermsCommand,
      ListIntegrationResourcePropertiesCommand,
      ListIntegrationTablePropertiesCommand,
      ListIterableFormsCommand,
      ListJobsCommand,
      ListMaterializedViewRefreshTaskRunsCommand,
      ListMLTransformsCommand,
      ListRegistriesCommand,
      ListSchemasCommand,
      ListSchemaVersionsCommand,
      ListSessionsCommand,
      ListStatementsCommand,
      ListTableOptimizerRunsCommand,
      ListTriggersCommand,
      ListUsageProfilesCommand,
      ListWorkflowsCommand,
      ModifyIntegrationCommand,
      PublishDataQualityResultV2Command,
      PutAssetCommand,
      PutAssetTypeCommand,
      PutAttachmentCommand,
      PutDataCatalogEncryptionSettingsCommand,
      PutDataCatalogExportConfigurationCommand,
      PutDataQualityProfileAnnotationCommand,
      PutFormTypeCommand,
      PutResourcePolicyCommand,
      PutSchemaVersionMetadataCommand,
      PutWorkflowRunPropertiesCommand,
      QuerySchemaVersionMetadataCommand,
      RegisterConnectionTypeCommand,
      RegisterSchemaVersionCommand,
      RemoveSchemaVersionMetadataCommand,
      ResetJobBookmarkCommand,
      ResumeWorkflowRunCommand,
      RunStatementCommand,
      SearchAssetsCommand,
      SearchTablesCommand,
      StartBlueprintRunCommand,
      StartColumnStatisticsTaskRunCommand,
      StartColumnStatisticsTaskRunScheduleCommand,
      StartCrawlerCommand,
      StartCrawlerScheduleCommand,
      StartDataQualityRuleRecommendationRunCommand,
      StartDataQualityRulesetEvaluationRunCommand,
      StartExportLabelsTaskRunCommand,
      StartImportLabelsTaskRunCommand,
      StartJobRunCommand,
      StartJobUpgradeAnalysisCommand,
      StartMaterializedViewRefreshTaskRunCommand,
      StartMLEvaluationTaskRunCommand,
      StartMLLabelingSetGenerationTaskRunCommand,
      StartTriggerCommand,
      StartWorkflowRunCommand,
      StopColumnStatisticsTaskRunCommand,
      StopColumnStatisticsTaskRunScheduleCommand,
      StopCrawlerCommand,
      StopCrawlerScheduleCommand,
      StopJobUpgradeAnalysisCommand,
      StopMaterializedViewRefreshTaskRunCommand,
      StopSessionCommand,
      StopTriggerCommand,
      StopWorkflowRunCommand,
      TagResourceCommand,
      TestConnectionCommand,
      UntagResourceCommand,
      UpdateAssetCommand,
      UpdateBlueprintCommand,
      UpdateCatalogCommand,
      UpdateClassifierCommand,
      UpdateColumnStatisticsForPartitionCommand,
      UpdateColumnStatisticsForTableCommand,
      UpdateColumnStatisticsTaskSettingsCommand,
      UpdateConnectionCommand,
      UpdateCrawlerCommand,
      UpdateCrawlerScheduleCommand,
      UpdateDatabaseCommand,
      UpdateDataQualityEvaluationConfigCommand,
      UpdateDataQualityRulesetCommand,
      UpdateDevEndpointCommand,
      UpdateGlossaryCommand,
      UpdateGlossaryTermCommand,
      UpdateGlueIdentityCenterConfigurationCommand,
      UpdateIntegrationResourcePropertyCommand,
      UpdateIntegrationTablePropertiesCommand,
      UpdateJobCommand,
      UpdateJobFromSourceControlCommand,
      UpdateMLTransformCommand,
      UpdatePartitionCommand,
      UpdateRegistryCommand,
      UpdateSchemaCommand,
      UpdateSourceControlFromJobCommand,
      UpdateTableCommand,
      UpdateTableOptimizerCommand,
      UpdateTriggerCommand,
      UpdateUsageProfileCommand,
      UpdateUserDefinedFunctionCommand,
      UpdateWorkflowCommand
    };
    var paginators = {
      paginateDescribeEntity,
      paginateGetBlueprintRuns,
      paginateGetClassifiers,
      paginateGetColumnStatisticsTaskRuns,
      paginateGetConnections,
      paginateGetCrawlerMetrics,
      paginateGetCrawlers,
      paginateGetDatabases,
      paginateGetDevEndpoints,
      paginateGetJobRuns,
      paginateGetJobs,
      paginateGetMLTaskRuns,
      paginateGetMLTransforms,
      paginateGetPartitionIndexes,
      paginateGetPartitions,
      paginateGetResourcePolicies,
      paginateGetSecurityConfigurations,
      paginateGetTables,
      paginateGetTableVersions,
      paginateGetTriggers,
      paginateGetUnfilteredPartitionsMetadata,
      paginateGetUserDefinedFunctions,
      paginateGetWorkflowRuns,
      paginateListAssetTypes,
      paginateListBlueprints,
      paginateListColumnStatisticsTaskRuns,
      paginateListConnectionTypes,
      paginateListCrawlers,
      paginateListCustomEntityTypes,
      paginateListDataQualityEvaluationConfigs,
      paginateListDataQualityResults,
      paginateListDataQualityResultsV2,
      paginateListDataQualityRuleRecommendationRuns,
      paginateListDataQualityRulesetEvaluationRuns,
      paginateListDataQualityRulesets,
      paginateListDevEndpoints,
      paginateListEntities,
      paginateListFormTypes,
      paginateListGlossaries,
      paginateListGlossaryTerms,
      paginateListIterableForms,
      paginateListJobs,
      paginateListMaterializedViewRefreshTaskRuns,
      paginateListMLTransforms,
      paginateListRegistries,
      paginateListSchemas,
      paginateListSchemaVersions,
      paginateListSessions,
      paginateListTableOptimizerRuns,
      paginateListTriggers,
      paginateListUsageProfiles,
      paginateListWorkflows,
      paginateSearchAssets,
      paginateSearchTables
    };
    var Glue = class extends GlueClient {
    };
    createAggregatedClient(commands, Glue, { paginators });
    var AdditionalOptionKeys = {
      CacheOption: "performanceTuning.caching",
      CompositeOption: "compositeRuleEvaluation.method",
      ObservationsOption: "observations.scope"
    };
    var AggFunction = {
      avg: "avg",
      count: "count",
      countDistinct: "countDistinct",
      first: "first",
      kurtosis: "kurtosis",
      last: "last",
      max: "max",
      min: "min",
      skewness: "skewness",
      stddev_pop: "stddev_pop",
      stddev_samp: "stddev_samp",
      sum: "sum",
      sumDistinct: "sumDistinct",
      var_pop: "var_pop",
      var_samp: "var_samp"
    };
    var AllowFullTableExternalDataAccessEnum = {
      False: "False",
      True: "True"
    };
    var AnalysisType = {
      AUTO_UPGRADE: "AUTO_UPGRADE"
    };
    var InclusionAnnotationValue = {
      EXCLUDE: "EXCLUDE",
      INCLUDE: "INCLUDE"
    };
    var DataOperation = {
      READ: "READ",
      WRITE: "WRITE"
    };
    var PropertyLocation = {
      BODY: "BODY",
      HEADER: "HEADER",
      PATH: "PATH",
      QUERY_PARAM: "QUERY_PARAM"
    };
    var PropertyType = {
      READ_ONLY: "READ_ONLY",
      SECRET: "SECRET",
      SECRET_OR_USER_INPUT: "SECRET_OR_USER_INPUT",
      UNUSED: "UNUSED",
      USER_INPUT: "USER_INPUT"
    };
    var AuthenticationType = {
      BASIC: "BASIC",
      CUSTOM: "CUSTOM",
      IAM: "IAM",
      OAUTH2: "OAUTH2"
    };
    var OAuth2GrantType = {
      AUTHORIZATION_CODE: "AUTHORIZATION_CODE",
      CLIENT_CREDENTIALS: "CLIENT_CREDENTIALS",
      JWT_BEARER: "JWT_BEARER",
      REFRESH_TOKEN: "REFRESH_TOKEN"
    };
    var AutoUpgradeStatus = {
      OBSERVING: "OBSERVING",
      STOPPED: "STOPPED",
      UPGRADE_FAILED: "UPGRADE_FAILED",
      UPGRADE_SUCCEEDED: "UPGRADE_SUCCEEDED",
      UPGRADING: "UPGRADING",
      WAITING_FOR_CONSENT: "WAITING_FOR_CONSENT"
    };
    var BlueprintStatus = {
      ACTIVE: "ACTIVE",
      CREATING: "CREATING",
      FAILED: "FAILED",
      UPDATING: "UPDATING"
    };
    var LastCrawlStatus = {
      CANCELLED: "CANCELLED",
      FAILED: "FAILED",
      SUCCEEDED: "SUCCEEDED"
    };
    var CrawlerLineageSettings = {
      DISABLE: "DISABLE",
      ENABLE: "ENABLE"
    };
    var RecrawlBehavior = {
      CRAWL_EVENT_MODE: "CRAWL_EVENT_MODE",
      CRAWL_EVERYTHING: "CRAWL_EVERYTHING",
      CRAWL_NEW_FOLDERS_ONLY: "CRAWL_NEW_FOLDERS_ONLY"
    };
    var ScheduleState = {
      NOT_SCHEDULED: "NOT_SCHEDULED",
      SCHEDULED: "SCHEDULED",
      TRANSITIONING: "TRANSITIONING"
    };
    var DeleteBehavior = {
      DELETE_FROM_DATABASE: "DELETE_FROM_DATABASE",
      DEPRECATE_IN_DATABASE: "DEPRECATE_IN_DATABASE",
      LOG: "LOG"
    };
    var UpdateBehavior = {
      LOG: "LOG",
      UPDATE_IN_DATABASE: "UPDATE_IN_DATABASE"
    };
    var CrawlerState = {
      READY: "READY",
      RUNNING: "RUNNING",
      STOPPING: "STOPPING"
    };
    var JdbcMetadataEntry = {
      COMMENTS: "COMMENTS",
      RAWTYPES: "RAWTYPES"
    };
    var DataQualityEvaluationRunMode = {
      EVALUATION_CONFIG: "EVALUATION_CONFIG",
      ON_DEMAND: "ON_DEMAND"
    };
    var DataQualityRuleResultStatus = {
      ERROR: "ERROR",
      FAIL: "FAIL",
      PASS: "PASS"
    };
    var DQCompositeRuleEvaluationMethod = {
      COLUMN: "COLUMN",
      ROW: "ROW"
    };
    var ObservationMode = {
      FIXED: "FIXED",
      SCHEDULED: "SCHEDULED"
    };
    var ObservationConfiguration = {
      ALL: "ALL",
      NONE: "NONE"
    };
    var ResultTypeEnum = {
      ALL: "ALL",
      FAILED_ONLY: "FAILED_ONLY",
      PASSED_ONLY: "PASSED_ONLY"
    };
    var TaskStatusType = {
      FAILED: "FAILED",
      RUNNING: "RUNNING",
      STARTING: "STARTING",
      STOPPED: "STOPPED",
      STOPPING: "STOPPING",
      SUCCEEDED: "SUCCEEDED",
      TIMEOUT: "TIMEOUT"
    };
    var WorkerType = {
      G_025X: "G.025X",
      G_12X: "G.12X",
      G_16X: "G.16X",
      G_1X: "G.1X",
      G_2X: "G.2X",
      G_4X: "G.4X",
      G_8X: "G.8X",
      R_1X: "R.1X",
      R_2X: "R.2X",
      R_4X: "R.4X",
      R_8X: "R.8X",
      Standard: "Standard",
      Z_2X: "Z.2X"
    };
    var StartingPosition = {
      EARLIEST: "earliest",
      LATEST: "latest",
      TIMESTAMP: "timestamp",
      TRIM_HORIZON: "trim_horizon"
    };
    var JDBCConnectionType = {
      mysql: "mysql",
      oracle: "oracle",
      postgresql: "postgresql",
      redshift: "redshift",
      sqlserver: "sqlserver"
    };
    var ParamType = {
      BOOL: "bool",
      COMPLEX: "complex",
      FLOAT: "float",
      INT: "int",
      LIST: "list",
      NULL: "null",
      STR: "str"
    };
    var DdbExportType = {
      ddb: "ddb",
      s3: "s3"
    };
    var DQTransformOutput = {
      EvaluationResults: "EvaluationResults",
      PrimaryInput: "PrimaryInput"
    };
    var DQStopJobOnFailureTiming = {
      AfterDataLoad: "AfterDataLoad",
      Immediate: "Immediate"
    };
    var FilterOperation = {
      EQ: "EQ",
      GT: "GT",
      GTE: "GTE",
      ISNULL: "ISNULL",
      LT: "LT",
      LTE: "LTE",
      REGEX: "REGEX"
    };
    var FilterValueType = {
      COLUMNEXTRACTED: "COLUMNEXTRACTED",
      CONSTANT: "CONSTANT"
    };
    var FilterLogicalOperator = {
      AND: "AND",
      OR: "OR"
    };
    var UpdateCatalogBehavior = {
      LOG: "LOG",
      UPDATE_IN_DATABASE: "UPDATE_IN_DATABASE"
    };
    var JDBCDataType = {
      ARRAY: "ARRAY",
      BIGINT: "BIGINT",
      BINARY: "BINARY",
      BIT: "BIT",
      BLOB: "BLOB",
      BOOLEAN: "BOOLEAN",
      CHAR: "CHAR",
      CLOB: "CLOB",
      DATALINK: "DATALINK",
      DATE: "DATE",
      DECIMAL: "DECIMAL",
      DISTINCT: "DISTINCT",
      DOUBLE: "DOUBLE",
      FLOAT: "FLOAT",
      INTEGER: "INTEGER",
      JAVA_OBJECT: "JAVA_OBJECT",
      LONGNVARCHAR: "LONGNVARCHAR",
      LONGVARBINARY: "LONGVARBINARY",
      LONGVARCHAR: "LONGVARCHAR",
      NCHAR: "NCHAR",
      NCLOB: "NCLOB",
      NULL: "NULL",
      NUMERIC: "NUMERIC",
      NVARCHAR: "NVARCHAR",
      OTHER: "OTHER",
      REAL: "REAL",
      REF: "REF",
      REF_CURSOR: "REF_CURSOR",
      ROWID: "ROWID",
      SMALLINT: "SMALLINT",
      SQLXML: "SQLXML",
      STRUCT: "STRUCT",
      TIME: "TIME",
      TIMESTAMP: "TIMESTAMP",
      TIMESTAMP_WITH_TIMEZONE: "TIMESTAMP_WITH_TIMEZONE",
      TIME_WITH_TIMEZONE: "TIME_WITH_TIMEZONE",
      TINYINT: "TINYINT",
      VARBINARY: "VARBINARY",
      VARCHAR: "VARCHAR"
    };
    var GlueRecordType = {
      BIGDECIMAL: "BIGDECIMAL",
      BYTE: "BYTE",
      DATE: "DATE",
      DOUBLE: "DOUBLE",
      FLOAT: "FLOAT",
      INT: "INT",
      LONG: "LONG",
      SHORT: "SHORT",
      STRING: "STRING",
      TIMESTAMP: "TIMESTAMP"
    };
    var JoinType = {
      EQUIJOIN: "equijoin",
      LEFT: "left",
      LEFT_ANTI: "leftanti",
      LEFT_SEMI: "leftsemi",
      OUTER: "outer",
      RIGHT: "right"
    };
    var PiiType = {
      ColumnAudit: "ColumnAudit",
      ColumnHashing: "ColumnHashing",
      ColumnMasking: "ColumnMasking",
      RowAudit: "RowAudit",
      RowHashing: "RowHashing",
      RowMasking: "RowMasking",
      RowPartialMasking: "RowPartialMasking"
    };
    var CompressionType = {
      BZIP2: "bzip2",
      GZIP: "gzip"
    };
    var QuoteChar = {
      DISABLED: "disabled",
      QUILLEMET: "quillemet",
      QUOTE: "quote",
      SINGLE_QUOTE: "single_quote"
    };
    var Separator = {
      COMMA: "comma",
      CTRLA: "ctrla",
      PIPE: "pipe",
      SEMICOLON: "semicolon",
      TAB: "tab"
    };
    var DeltaTargetCompressionType = {
      SNAPPY: "snappy",
      UNCOMPRESSED: "uncompressed"
    };
    var TargetFormat = {
      AVRO: "avro",
      CSV: "csv",
      DELTA: "delta",
      HUDI: "hudi",
      HYPER: "hyper",
      ICEBERG: "iceberg",
      JSON: "json",
      ORC: "orc",
      PARQUET: "parquet",
      XML: "xml"
    };
    var ParquetCompressionType = {
      BROTLI: "brotli",
      GZIP: "gzip",
      LZ4: "lz4",
      LZO: "lzo",
      NONE: "none",
      SNAPPY: "snappy",
      UNCOMPRESSED: "uncompressed"
    };
    var HudiTargetCompressionType = {
      GZIP: "gzip",
      LZO: "lzo",
      SNAPPY: "snappy",
      UNCOMPRESSED: "uncompressed"
    };
    var HyperTargetCompressionType = {
      UNCOMPRESSED: "uncompressed"
    };
    var IcebergTargetCompressionType = {
      GZIP: "gzip",
      LZO: "lzo",
      SNAPPY: "snappy",
      UNCOMPRESSED: "uncompressed"
    };
    var UnionType = {
      ALL: "ALL",
      DISTINCT: "DISTINCT"
    };
    var ExecutionClass = {
      FLEX: "FLEX",
      STANDARD: "STANDARD"
    };
    var JobMode = {
      NOTEBOOK: "NOTEBOOK",
      SCRIPT: "SCRIPT",
      VISUAL: "VISUAL"
    };
    var SourceControlAuthStrategy = {
      AWS_SECRETS_MANAGER: "AWS_SECRETS_MANAGER",
      PERSONAL_ACCESS_TOKEN: "PERSONAL_ACCESS_TOKEN"
    };
    var SourceControlProvider = {
      AWS_CODE_COMMIT: "AWS_CODE_COMMIT",
      BITBUCKET: "BITBUCKET",
      GITHUB: "GITHUB",
      GITLAB: "GITLAB"
    };
    var FederationSourceErrorCode = {
      AccessDeniedException: "AccessDeniedException",
      EntityNotFoundException: "EntityNotFoundException",
      InternalServiceException: "InternalServiceException",
      InvalidCredentialsException: "InvalidCredentialsException",
      InvalidInputException: "InvalidInputException",
      InvalidResponseException: "InvalidResponseException",
      OperationNotSupportedException: "OperationNotSupportedException",
      OperationTimeoutException: "OperationTimeoutException",
      PartialFailureException: "PartialFailureException",
      ThrottlingException: "ThrottlingException"
    };
    var TableOptimizerType = {
      COMPACTION: "compaction",
      ORPHAN_FILE_DELETION: "orphan_file_deletion",
      RETENTION: "retention"
    };
    var CompactionStrategy = {
      BINPACK: "binpack",
      SORT: "sort",
      ZORDER: "z-order"
    };
    var ConfigurationSource = {
      CATALOG: "catalog",
      TABLE: "table"
    };
    var TableOptimizerEventType = {
      COMPLETED: "completed",
      FAILED: "failed",
      IN_PROGRESS: "in_progress",
      STARTING: "starting"
    };
    var CrawlState = {
      CANCELLED: "CANCELLED",
      CANCELLING: "CANCELLING",
      ERROR: "ERROR",
      FAILED: "FAILED",
      RUNNING: "RUNNING",
      SUCCEEDED: "SUCCEEDED"
    };
    var LogicalOperator = {
      EQUALS: "EQUALS"
    };
    var JobRunState = {
      ERROR: "ERROR",
      EXPIRED: "EXPIRED",
      FAILED: "FAILED",
      RUNNING: "RUNNING",
      STARTING: "STARTING",
      STOPPED: "STOPPED",
      STOPPING: "STOPPING",
      SUCCEEDED: "SUCCEEDED",
      TIMEOUT: "TIMEOUT",
      WAITING: "WAITING"
    };
    var Logical = {
      AND: "AND",
      ANY: "ANY"
    };
    var TriggerState = {
      ACTIVATED: "ACTIVATED",
      ACTIVATING: "ACTIVATING",
      CREATED: "CREATED",
      CREATING: "CREATING",
      DEACTIVATED: "DEACTIVATED",
      DEACTIVATING: "DEACTIVATING",
      DELETING: "DELETING",
      UPDATING: "UPDATING"
    };
    var TriggerType = {
      CONDITIONAL: "CONDITIONAL",
      EVENT: "EVENT",
      ON_DEMAND: "ON_DEMAND",
      SCHEDULED: "SCHEDULED"
    };
    var NodeType = {
      CRAWLER: "CRAWLER",
      JOB: "JOB",
      TRIGGER: "TRIGGER"
    };
    var WorkflowRunStatus = {
      COMPLETED: "COMPLETED",
      ERROR: "ERROR",
      RUNNING: "RUNNING",
      STOPPED: "STOPPED",
      STOPPING: "STOPPING"
    };
    var DataFormat = {
      AVRO: "AVRO",
      JSON: "JSON",
      PROTOBUF: "PROTOBUF"
    };
    var Permission = {
      ALL: "ALL",
      ALTER: "ALTER",
      CREATE_DATABASE: "CREATE_DATABASE",
      CREATE_TABLE: "CREATE_TABLE",
      DATA_LOCATION_ACCESS: "DATA_LOCATION_ACCESS",
      DELETE: "DELETE",
      DROP: "DROP",
      INSERT: "INSERT",
      SELECT: "SELECT"
    };
    var OverwriteChildResourcePermissionsWithDefaultEnum = {
      Accept: "Accept",
      Deny: "Deny"
    };
    var CsvHeaderOption = {
      ABSENT: "ABSENT",
      PRESENT: "PRESENT",
      UNKNOWN: "UNKNOWN"
    };
    var CsvSerdeOption = {
      LazySimpleSerDe: "LazySimpleSerDe",
      None: "None",
      OpenCSVSerDe: "OpenCSVSerDe"
    };
    var ConnectionPropertyKey = {
      CLUSTER_IDENTIFIER: "CLUSTER_IDENTIFIER",
      CONFIG_FILES: "CONFIG_FILES",
      CONNECTION_URL: "CONNECTION_URL",
      CONNECTOR_CLASS_NAME: "CONNECTOR_CLASS_NAME",
      CONNECTOR_TYPE: "CONNECTOR_TYPE",
      CONNECTOR_URL: "CONNECTOR_URL",
      CUSTOM_JDBC_CERT: "CUSTOM_JDBC_CERT",
      CUSTOM_JDBC_CERT_STRING: "CUSTOM_JDBC_CERT_STRING",
      DATABASE: "DATABASE",
      ENCRYPTED_KAFKA_CLIENT_KEYSTORE_PASSWORD: "ENCRYPTED_KAFKA_CLIENT_KEYSTORE_PASSWORD",
      ENCRYPTED_KAFKA_CLIENT_KEY_PASSWORD: "ENCRYPTED_KAFKA_CLIENT_KEY_PASSWORD",
      ENCRYPTED_KAFKA_SASL_PLAIN_PASSWORD: "ENCRYPTED_KAFKA_SASL_PLAIN_PASSWORD",
      ENCRYPTED_KAFKA_SASL_SCRAM_PASSWORD: "ENCRYPTED_KAFKA_SASL_SCRAM_PASSWORD",
      ENCRYPTED_PASSWORD: "ENCRYPTED_PASSWORD",
      ENDPOINT: "ENDPOINT",
      ENDPOINT_TYPE: "ENDPOINT_TYPE",
      HOST: "HOST",
      INSTANCE_ID: "INSTANCE_ID",
      JDBC_CONNECTION_URL: "JDBC_CONNECTION_URL",
      JDBC_DRIVER_CLASS_NAME: "JDBC_DRIVER_CLASS_NAME",
      JDBC_DRIVER_JAR_URI: "JDBC_DRIVER_JAR_URI",
      JDBC_ENFORCE_SSL: "JDBC_ENFORCE_SSL",
      JDBC_ENGINE: "JDBC_ENGINE",
      JDBC_ENGINE_VERSION: "JDBC_ENGINE_VERSION",
      KAFKA_BOOTSTRAP_SERVERS: "KAFKA_BOOTSTRAP_SERVERS",
      KAFKA_CLIENT_KEYSTORE: "KAFKA_CLIENT_KEYSTORE",
      KAFKA_CLIENT_KEYSTORE_PASSWORD: "KAFKA_CLIENT_KEYSTORE_PASSWORD",
      KAFKA_CLIENT_KEY_PASSWORD: "KAFKA_CLIENT_KEY_PASSWORD",
      KAFKA_CUSTOM_CERT: "KAFKA_CUSTOM_CERT",
      KAFKA_SASL_GSSAPI_KEYTAB: "KAFKA_SASL_GSSAPI_KEYTAB",
      KAFKA_SASL_GSSAPI_KRB5_CONF: "KAFKA_SASL_GSSAPI_KRB5_CONF",
      KAFKA_SASL_GSSAPI_PRINCIPAL: "KAFKA_SASL_GSSAPI_PRINCIPAL",
      KAFKA_SASL_GSSAPI_SERVICE: "KAFKA_SASL_GSSAPI_SERVICE",
      KAFKA_SASL_MECHANISM: "KAFKA_SASL_MECHANISM",
      KAFKA_SASL_PLAIN_PASSWORD: "KAFKA_SASL_PLAIN_PASSWORD",
      KAFKA_SASL_PLAIN_USERNAME: "KAFKA_SASL_PLAIN_USERNAME",
      KAFKA_SASL_SCRAM_PASSWORD: "KAFKA_SASL_SCRAM_PASSWORD",
      KAFKA_SASL_SCRAM_SECRETS_ARN: "KAFKA_SASL_SCRAM_SECRETS_ARN",
      KAFKA_SASL_SCRAM_USERNAME: "KAFKA_SASL_SCRAM_USERNAME",
      KAFKA_SKIP_CUSTOM_CERT_VALIDATION: "KAFKA_SKIP_CUSTOM_CERT_VALIDATION",
      KAFKA_SSL_ENABLED: "KAFKA_SSL_ENABLED",
      PASSWORD: "PASSWORD",
      PORT: "PORT",
      REGION: "REGION",
      ROLE_ARN: "ROLE_ARN",
      SECRET_ID: "SECRET_ID",
      SKIP_CUSTOM_JDBC_CERT_VALIDATION: "SKIP_CUSTOM_JDBC_CERT_VALIDATION",
      USER_NAME: "USERNAME",
      WORKGROUP_NAME: "WORKGROUP_NAME"
    };
    var ConnectionType = {
      ADOBEANALYTICS: "ADOBEANALYTICS",
      ASANA: "ASANA",
      AZURECOSMOS: "AZURECOSMOS",
      AZURESQL: "AZURESQL",
      BIGQUERY: "BIGQUERY",
      BLACKBAUD: "BLACKBAUD",
      BLACKBAUDRAISEREDGENXT: "BLACKBAUDRAISEREDGENXT",
      CIRCLECI: "CIRCLECI",
      CLOUDERAHIVE: "CLOUDERAHIVE",
      CLOUDERAIMPALA: "CLOUDERAIMPALA",
      CLOUDWATCH: "CLOUDWATCH",
      CLOUDWATCHMETRICS: "CLOUDWATCHMETRICS",
      CMDB: "CMDB",
      CUSTOM: "CUSTOM",
      DATADOG: "DATADOG",
      DATALAKEGEN2: "DATALAKEGEN2",
      DB2: "DB2",
      DB2AS400: "DB2AS400",
      DOCUMENTDB: "DOCUMENTDB",
      DOCUSIGNMONITOR: "DOCUSIGNMONITOR",
      DOMO: "DOMO",
      DYNAMODB: "DYNAMODB",
      DYNATRACE: "DYNATRACE",
      FACEBOOKADS: "FACEBOOKADS",
      FACEBOOKPAGEINSIGHTS: "FACEBOOKPAGEINSIGHTS",
      FRESHDESK: "FRESHDESK",
      FRESHSALES: "FRESHSALES",
      GITLAB: "GITLAB",
      GOOGLEADS: "GOOGLEADS",
      GOOGLEANALYTICS4: "GOOGLEANALYTICS4",
      GOOGLECLOUDSTORAGE: "GOOGLECLOUDSTORAGE",
      GOOGLESEARCHCONSOLE: "GOOGLESEARCHCONSOLE",
      GOOGLESHEETS: "GOOGLESHEETS",
      HBASE: "HBASE",
      HUBSPOT: "HUBSPOT",
      INSTAGRAMADS: "INSTAGRAMADS",
      INTERCOM: "INTERCOM",
      JDBC: "JDBC",
      JIRACLOUD: "JIRACLOUD",
      KAFKA: "KAFKA",
      KUSTOMER: "KUSTOMER",
      LINKEDIN: "LINKEDIN",
      MAILCHIMP: "MAILCHIMP",
      MARKETO: "MARKETO",
      MARKETPLACE: "MARKETPLACE",
      MICROSOFTDYNAMIC365FINANCEANDOPS: "MICROSOFTDYNAMIC365FINANCEANDOPS",
      MICROSOFTDYNAMICS365CRM: "MICROSOFTDYNAMICS365CRM",
      MICROSOFTTEAMS: "MICROSOFTTEAMS",
      MIXPANEL: "MIXPANEL",
      MONDAY: "MONDAY",
      MONGODB: "MONGODB",
      MYSQL: "MYSQL",
      NETSUITEERP: "NETSUITEERP",
      NETWORK: "NETWORK",
      OKTA: "OKTA",
      OPENSEARCH: "OPENSEARCH",
      ORACLE: "ORACLE",
      PAYPAL: "PAYPAL",
      PENDO: "PENDO",
      PIPEDIVE: "PIPEDIVE",
      PIPEDRIVE: "PIPEDRIVE",
      POSTGRESQL: "POSTGRESQL",
      PRODUCTBOARD: "PRODUCTBOARD",
      QUICKBOOKS: "QUICKBOOKS",
      SALESFORCE: "SALESFORCE",
      SALESFORCECOMMERCECLOUD: "SALESFORCECOMMERCECLOUD",
      SALESFORCEMARKETINGCLOUD: "SALESFORCEMARKETINGCLOUD",
      SALESFORCEPARDOT: "SALESFORCEPARDOT",
      SAPCONCUR: "SAPCONCUR",
      SAPHANA: "SAPHANA",
      SAPODATA: "SAPODATA",
      SENDGRID: "SENDGRID",
      SERVICENOW: "SERVICENOW",
      SFTP: "SFTP",
      SLACK: "SLACK",
      SMARTSHEET: "SMARTSHEET",
      SNAPCHATADS: "SNAPCHATADS",
      SQLSERVER: "SQLSERVER",
      STRIPE: "STRIPE",
      SYNAPSE: "SYNAPSE",
      TERADATA: "TERADATA",
      TERADATANOS: "TERADATANOS",
      TIMESTREAM: "TIMESTREAM",
      TPCDS: "TPCDS",
      TWILIO: "TWILIO",
      VERTICA: "VERTICA",
      VIEW_VALIDATION_ATHENA: "VIEW_VALIDATION_ATHENA",
      VIEW_VALIDATION_REDSHIFT: "VIEW_VALIDATION_REDSHIFT",
      WOOCOMMERCE: "WOOCOMMERCE",
      ZENDESK: "ZENDESK",
      ZOHOCRM: "ZOHOCRM",
      ZOOM: "ZOOM"
    };
    var ComputeEnvironment = {
      ATHENA: "ATHENA",
      PYTHON: "PYTHON",
      SPARK: "SPARK"
    };
    var ConnectionStatus = {
      FAILED: "FAILED",
      IN_PROGRESS: "IN_PROGRESS",
      READY: "READY"
    };
    var DataQualityEvaluationConfigLevel = {
      CATALOG: "CATALOG",
      DATABASE: "DATABASE",
      TABLE: "TABLE"
    };
    var DataQualityEvaluationConfigManagedRuleset = {
      ADVANCED: "ADVANCED",
      SIMPLE: "SIMPLE"
    };
    var DataQualityEvaluationConfigTrigger = {
      METADATA_CHANGE: "METADATA_CHANGE",
      ONCE: "ONCE",
      SCHEDULE: "SCHEDULE"
    };
    var IntegrationStatus = {
      ACTIVE: "ACTIVE",
      CREATING: "CREATING",
      DELETING: "DELETING",
      FAILED: "FAILED",
      MODIFYING: "MODIFYING",
      NEEDS_ATTENTION: "NEEDS_ATTENTION",
      SYNCING: "SYNCING"
    };
    var UnnestSpec = {
      FULL: "FULL",
      NOUNNEST: "NOUNNEST",
      TOPLEVEL: "TOPLEVEL"
    };
    var TransformType = {
      FIND_MATCHES: "FIND_MATCHES"
    };
    var MLUserDataEncryptionModeString = {
      DISABLED: "DISABLED",
      SSEKMS: "SSE-KMS"
    };
    var Compatibility = {
      BACKWARD: "BACKWARD",
      BACKWARD_ALL: "BACKWARD_ALL",
      DISABLED: "DISABLED",
      FORWARD: "FORWARD",
      FORWARD_ALL: "FORWARD_ALL",
      FULL: "FULL",
      FULL_ALL: "FULL_ALL",
      NONE: "NONE"
    };
    var SchemaStatus = {
      AVAILABLE: "AVAILABLE",
      DELETING: "DELETING",
      PENDING: "PENDING"
    };
    var SchemaVersionStatus = {
      AVAILABLE: "AVAILABLE",
      DELETING: "DELETING",
      FAILURE: "FAILURE",
      PENDING: "PENDING"
    };
    var Language = {
      PYTHON: "PYTHON",
      SCALA: "SCALA"
    };
    var CloudWatchEncryptionMode = {
      DISABLED: "DISABLED",
      SSEKMS: "SSE-KMS"
    };
    var DataQualityEncryptionMode = {
      DISABLED: "DISABLED",
      SSEKMS: "SSE-KMS"
    };
    var JobBookmarksEncryptionMode = {
      CSEKMS: "CSE-KMS",
      DISABLED: "DISABLED"
    };
    var S3EncryptionMode = {
      DISABLED: "DISABLED",
      SSEKMS: "SSE-KMS",
      SSES3: "SSE-S3"
    };
    var SessionType = {
      LIVY: "LIVY",
      SPARK_CONNECT: "SPARK_CONNECT"
    };
    var SessionStatus = {
      FAILED: "FAILED",
      PROVISIONING: "PROVISIONING",
      READY: "READY",
      STOPPED: "STOPPED",
      STOPPING: "STOPPING",
      TIMEOUT: "TIMEOUT"
    };
    var IcebergStructTypeEnum = {
      STRUCT: "struct"
    };
    var IcebergSortDirection = {
      ASC: "asc",
      DESC: "desc"
    };
    var IcebergNullOrder = {
      NULLS_FIRST: "nulls-first",
      NULLS_LAST: "nulls-last"
    };
    var MetadataOperation = {
      CREATE: "CREATE"
    };
    var LastRefreshType = {
      FULL: "FULL",
      INCREMENTAL: "INCREMENTAL"
    };
    var ViewDialect = {
      ATHENA: "ATHENA",
      REDSHIFT: "REDSHIFT",
      SPARK: "SPARK"
    };
    var SubObjectSourceType = {
      HIVE_CSV: "HIVE_CSV",
      HIVE_JSON: "HIVE_JSON",
      HIVE_ORC: "HIVE_ORC",
      HIVE_PARQUET: "HIVE_PARQUET",
      ICEBERG: "ICEBERG",
      PLAIN_PARQUET: "PLAIN_PARQUET"
    };
    var FunctionType = {
      AGGREGATE_FUNCTION: "AGGREGATE_FUNCTION",
      REGULAR_FUNCTION: "REGULAR_FUNCTION",
      STORED_PROCEDURE: "STORED_PROCEDURE"
    };
    var GovernanceMode = {
      IAM_ONLY: "IAM_ONLY",
      LAKE_FORMATION: "LAKE_FORMATION"
    };
    var PrincipalType = {
      GROUP: "GROUP",
      ROLE: "ROLE",
      USER: "USER"
    };
    var ResourceType = {
      ARCHIVE: "ARCHIVE",
      FILE: "FILE",
      JAR: "JAR"
    };
    var RegistryStatus = {
      AVAILABLE: "AVAILABLE",
      DELETING: "DELETING"
    };
    var FieldDataType = {
      ARRAY: "ARRAY",
      BIGINT: "BIGINT",
      BINARY: "BINARY",
      BOOLEAN: "BOOLEAN",
      BYTE: "BYTE",
      DATE: "DATE",
      DECIMAL: "DECIMAL",
      DOUBLE: "DOUBLE",
      FLOAT: "FLOAT",
      INT: "INT",
      LONG: "LONG",
      MAP: "MAP",
      SHORT: "SHORT",
      SMALLINT: "SMALLINT",
      STRING: "STRING",
      STRUCT: "STRUCT",
      TIMESTAMP: "TIMESTAMP",
      UNION: "UNION"
    };
    var FilterMode = {
      FILTER_STRING: "FILTER_STRING",
      QUERY_PARAMS: "QUERY_PARAMS"
    };
    var HTTPMethod = {
      GET: "GET",
      POST: "POST"
    };
    var FieldFilterOperator = {
      BETWEEN: "BETWEEN",
      CONTAINS: "CONTAINS",
      EQUAL_TO: "EQUAL_TO",
      GREATER_THAN: "GREATER_THAN",
      GREATER_THAN_OR_EQUAL_TO: "GREATER_THAN_OR_EQUAL_TO",
      LESS_THAN: "LESS_THAN",
      LESS_THAN_OR_EQUAL_TO: "LESS_THAN_OR_EQUAL_TO",
      NOT_EQUAL_TO: "NOT_EQUAL_TO",
      ORDER_BY: "ORDER_BY"
    };
    var BlueprintRunState = {
      FAILED: "FAILED",
      ROLLING_BACK: "ROLLING_BACK",
      RUNNING: "RUNNING",
      SUCCEEDED: "SUCCEEDED"
    };
    var ColumnStatisticsType = {
      BINARY: "BINARY",
      BOOLEAN: "BOOLEAN",
      DATE: "DATE",
      DECIMAL: "DECIMAL",
      DOUBLE: "DOUBLE",
      LONG: "LONG",
      STRING: "STRING"
    };
    var ComputationType = {
      FULL: "FULL",
      INCREMENTAL: "INCREMENTAL"
    };
    var ColumnStatisticsState = {
      FAILED: "FAILED",
      RUNNING: "RUNNING",
      STARTING: "STARTING",
      STOPPED: "STOPPED",
      SUCCEEDED: "SUCCEEDED"
    };
    var ExecutionStatus = {
      FAILED: "FAILED",
      STARTED: "STARTED"
    };
    var ScheduleType = {
      AUTO: "AUTO",
      CRON: "CRON"
    };
    var SettingSource = {
      CATALOG: "CATALOG",
      TABLE: "TABLE"
    };
    var GlueResourceType = {
      JOB: "JOB",
      SESSION: "SESSION"
    };
    var DatabaseAttributes = {
      NAME: "NAME",
      TARGET_DATABASE: "TARGET_DATABASE"
    };
    var ResourceShareType = {
      ALL: "ALL",
      FEDERATED: "FEDERATED",
      FOREIGN: "FOREIGN"
    };
    var CatalogEncryptionMode = {
      DISABLED: "DISABLED",
      SSEKMS: "SSE-KMS",
      SSEKMSWITHSERVICEROLE: "SSE-KMS-WITH-SERVICE-ROLE"
    };
    var ExportSetting = {
      DISABLED: "DISABLED",
      ENABLED: "ENABLED"
    };
    var ExportStatus = {
      DISABLED: "DISABLED",
      DISABLING: "DISABLING",
      ENABLED: "ENABLED",
      ENABLING: "ENABLING",
      FAILED: "FAILED"
    };
    var DataQualityModelStatus = {
      FAILED: "FAILED",
      RUNNING: "RUNNING",
      SUCCEEDED: "SUCCEEDED"
    };
    var RecommendationMode = {
      ADVANCED: "ADVANCED",
      BASIC: "BASIC"
    };
    var Status = {
      FAILED: "FAILED",
      OBSERVING: "OBSERVING",
      STOPPED: "STOPPED",
      SUCCEEDED: "SUCCEEDED",
      TIMEOUT: "TIMEOUT",
      UPGRADING: "UPGRADING",
      WAITING_FOR_CONSENT: "WAITING_FOR_CONSENT"
    };
    var MaterializedViewRefreshType = {
      FULL: "FULL",
      INCREMENTAL: "INCREMENTAL"
    };
    var MaterializedViewRefreshState = {
      FAILED: "FAILED",
      RUNNING: "RUNNING",
      STARTING: "STARTING",
      STOPPED: "STOPPED",
      SUCCEEDED: "SUCCEEDED"
    };
    var TaskType = {
      EVALUATION: "EVALUATION",
      EXPORT_LABELS: "EXPORT_LABELS",
      FIND_MATCHES: "FIND_MATCHES",
      IMPORT_LABELS: "IMPORT_LABELS",
      LABELING_SET_GENERATION: "LABELING_SET_GENERATION"
    };
    var TaskRunSortColumnType = {
      STARTED: "STARTED",
      STATUS: "STATUS",
      TASK_RUN_TYPE: "TASK_RUN_TYPE"
    };
    var SortDirectionType = {
      ASCENDING: "ASCENDING",
      DESCENDING: "DESCENDING"
    };
    var TransformStatusType = {
      DELETING: "DELETING",
      NOT_READY: "NOT_READY",
      READY: "READY"
    };
    var TransformSortColumnType = {
      CREATED: "CREATED",
      LAST_MODIFIED: "LAST_MODIFIED",
      NAME: "NAME",
      STATUS: "STATUS",
      TRANSFORM_TYPE: "TRANSFORM_TYPE"
    };
    var BackfillErrorCode = {
      ENCRYPTED_PARTITION_ERROR: "ENCRYPTED_PARTITION_ERROR",
      INTERNAL_ERROR: "INTERNAL_ERROR",
      INVALID_PARTITION_TYPE_DATA_ERROR: "INVALID_PARTITION_TYPE_DATA_ERROR",
      MISSING_PARTITION_VALUE_ERROR: "MISSING_PARTITION_VALUE_ERROR",
      UNSUPPORTED_PARTITION_CHARACTER_ERROR: "UNSUPPORTED_PARTITION_CHARACTER_ERROR"
    };
    var PartitionIndexStatus = {
      ACTIVE: "ACTIVE",
      CREATING: "CREATING",
      DELETING: "DELETING",
      FAILED: "FAILED"
    };
    var SchemaDiffType = {
      SYNTAX_DIFF: "SYNTAX_DIFF"
    };
    var StatementState = {
      AVAILABLE: "AVAILABLE",
      CANCELLED: "CANCELLED",
      CANCELLING: "CANCELLING",
      ERROR: "ERROR",
      RUNNING: "RUNNING",
      WAITING: "WAITING"
    };
    var TableAttributes = {
      DEFAULT: "DEFAULT",
      LATEST_ICEBERG_METADATA: "LATEST_ICEBERG_METADATA",
      NAME: "NAME",
      TABLE_TYPE: "TABLE_TYPE"
    };
    var ResourceAction = {
      CREATE: "CREATE",
      UPDATE: "UPDATE"
    };
    var ResourceState = {
      FAILED: "FAILED",
      IN_PROGRESS: "IN_PROGRESS",
      QUEUED: "QUEUED",
      STOPPED: "STOPPED",
      SUCCESS: "SUCCESS"
    };
    var TableResourceShareType = {
      ALL: "ALL",
      FEDERATED: "FEDERATED"
    };
    var PermissionType = {
      CELL_FILTER_PERMISSION: "CELL_FILTER_PERMISSION",
      COLUMN_PERMISSION: "COLUMN_PERMISSION",
      NESTED_CELL_PERMISSION: "NESTED_CELL_PERMISSION",
      NESTED_PERMISSION: "NESTED_PERMISSION"
    };
    var FieldName = {
      CRAWL_ID: "CRAWL_ID",
      DPU_HOUR: "DPU_HOUR",
      END_TIME: "END_TIME",
      START_TIME: "START_TIME",
      STATE: "STATE"
    };
    var FilterOperator = {
      EQ: "EQ",
      GE: "GE",
      GT: "GT",
      LE: "LE",
      LT: "LT",
      NE: "NE"
    };
    var CrawlerHistoryState = {
      COMPLETED: "COMPLETED",
      FAILED: "FAILED",
      RUNNING: "RUNNING",
      STOPPED: "STOPPED"
    };
    var StatisticEvaluationLevel = {
      COLUMN: "Column",
      DATASET: "Dataset",
      MULTICOLUMN: "Multicolumn"
    };
    var DataQualityEngine = {
      PYTHON: "PYTHON",
      SPARK: "SPARK"
    };
    var EnableHybridValues = {
      FALSE: "FALSE",
      TRUE: "TRUE"
    };
    var ExistCondition = {
      MUST_EXIST: "MUST_EXIST",
      NONE: "NONE",
      NOT_EXIST: "NOT_EXIST"
    };
    var ContentType = {
      APPLICATION_JSON: "APPLICATION_JSON",
      URL_ENCODED: "URL_ENCODED"
    };
    var ConnectorOAuth2GrantType = {
      AUTHORIZATION_CODE: "AUTHORIZATION_CODE",
      CLIENT_CREDENTIALS: "CLIENT_CREDENTIALS",
      JWT_BEARER: "JWT_BEARER"
    };
    var IntegrationType = {
      REST: "REST"
    };
    var SearchFilterOperator = {
      equals: "equals",
      greaterThan: "greaterThan",
      greaterThanOrEquals: "greaterThanOrEquals",
      lessThan: "lessThan",
      lessThanOrEquals: "lessThanOrEquals",
      notExists: "notExists"
    };
    var SearchSortOrder = {
      ASCENDING: "ASCENDING",
      DESCENDING: "DESCENDING"
    };
    var Comparator = {
      EQUALS: "EQUALS",
      GREATER_THAN: "GREATER_THAN",
      GREATER_THAN_EQUALS: "GREATER_THAN_EQUALS",
      LESS_THAN: "LESS_THAN",
      LESS_THAN_EQUALS: "LESS_THAN_EQUALS"
    };
    var Sort = {
      ASCENDING: "ASC",
      DESCENDING: "DESC"
    };
    var UpgradeConsent = {
      APPROVE: "APPROVE",
      DECLINE: "DECLINE"
    };
    var IcebergUpdateAction = {
      ADD_ENCRYPTION_KEY: "add-encryption-key",
      ADD_SCHEMA: "add-schema",
      ADD_SORT_ORDER: "add-sort-order",
      ADD_SPEC: "add-spec",
      REMOVE_ENCRYPTION_KEY: "remove-encryption-key",
      REMOVE_PROPERTIES: "remove-properties",
      SET_CURRENT_SCHEMA: "set-current-schema",
      SET_DEFAULT_SORT_ORDER: "set-default-sort-order",
      SET_DEFAULT_SPEC: "set-default-spec",
      SET_LOCATION: "set-location",
      SET_PROPERTIES: "set-properties"
    };
    var ViewUpdateAction = {
      ADD: "ADD",
      ADD_OR_REPLACE: "ADD_OR_REPLACE",
      DROP: "DROP",
      REPLACE: "REPLACE"
    };
    exports.AccessDeniedException = AccessDeniedException;
    exports.AccessDeniedException$ = AccessDeniedException$;
    exports.Action$ = Action$;
    exports.AdditionalOptionKeys = AdditionalOptionKeys;
    exports.AggFunction = AggFunction;
    exports.Aggregate$ = Aggregate$;
    exports.AggregateOperation$ = AggregateOperation$;
    exports.AllowFullTableExternalDataAccessEnum = AllowFullTableExternalDataAccessEnum;
    exports.AllowedValue$ = AllowedValue$;
    exports.AlreadyExistsException = AlreadyExistsException;
    exports.AlreadyExistsException$ = AlreadyExistsException$;
    exports.AmazonRedshiftAdvancedOption$ = AmazonRedshiftAdvancedOption$;
    exports.AmazonRedshiftNodeData$ = AmazonRedshiftNodeData$;
    exports.AmazonRedshiftSource$ = AmazonRedshiftSource$;
    exports.AmazonRedshiftTarget$ = AmazonRedshiftTarget$;
    exports.AnalysisType = AnalysisType;
    exports.AnnotationError$ = AnnotationError$;
    exports.ApplyMapping$ = ApplyMapping$;
    exports.AssetFormEntry$ = AssetFormEntry$;
    exports.AssetTypeFormReference$ = AssetTypeFormReference$;
    exports.AssetTypeItem$ = AssetTypeItem$;
    exports.AssociateGlossaryTerms$ = AssociateGlossaryTerms$;
    exports.AssociateGlossaryTermsCommand = AssociateGlossaryTermsCommand;
    exports.AssociateGlossaryTermsRequest$ = AssociateGlossaryTermsRequest$;
    exports.AssociateGlossaryTermsResponse$ = AssociateGlossaryTermsResponse$;
    exports.AthenaConnectorSource$ = AthenaConnectorSource$;
    exports.AuditContext$ = AuditContext$;
    exports.AuthConfiguration$ = AuthConfiguration$;
    exports.AuthenticationConfiguration$ = AuthenticationConfiguration$;
    exports.AuthenticationConfigurationInput$ = AuthenticationConfigurationInput$;
    exports.AuthenticationType = AuthenticationType;
    exports.AuthorizationCodeProperties$ = AuthorizationCodeProperties$;
    exports.AutoDataQuality$ = AutoDataQuality$;
    exports.AutoUpgradeMetadata$ = AutoUpgradeMetadata$;
    exports.AutoUpgradeStatus = AutoUpgradeStatus;
    exports.BackfillError$ = BackfillError$;
    exports.BackfillErrorCode = BackfillErrorCode;
    exports.BasicAuthenticationCredentials$ = BasicAuthenticationCredentials$;
    exports.BasicAuthenticationProperties$ = BasicAuthenticationProperties$;
    exports.BasicCatalogTarget$ = BasicCatalogTarget$;
    exports.BatchCreatePartition$ = BatchCreatePartition$;
    exports.BatchCreatePartitionCommand = BatchCreatePartitionCommand;
    exports.BatchCreatePartitionRequest$ = BatchCreatePartitionRequest$;
    exports.BatchCreatePartitionResponse$ = BatchCreatePartitionResponse$;
    exports.BatchDeleteConnection$ = BatchDeleteConnection$;
    exports.BatchDeleteConnectionCommand = BatchDeleteConnectionCommand;
    exports.BatchDeleteConnectionRequest$ = BatchDeleteConnectionRequest$;
    exports.BatchDeleteConnectionResponse$ = BatchDeleteConnectionResponse$;
    exports.BatchDeletePartition$ = BatchDeletePartition$;
    exports.BatchDeletePartitionCommand = BatchDeletePartitionCommand;
    exports.BatchDeletePartitionRequest$ = BatchDeletePartitionRequest$;
    exports.BatchDeletePartitionResponse$ = BatchDeletePartitionResponse$;
    exports.BatchDeleteTable$ = BatchDeleteTable$;
    exports.BatchDeleteTableCommand = BatchDeleteTableCommand;
    exports.BatchDeleteTableRequest$ = BatchDeleteTableRequest$;
    exports.BatchDeleteTableResponse$ = BatchDeleteTableResponse$;
    exports.BatchDeleteTableVersion$ = BatchDeleteTableVersion$;
    exports.BatchDeleteTableVersionCommand = BatchDeleteTableVersionCommand;
    exports.BatchDeleteTableVersionRequest$ = BatchDeleteTableVersionRequest$;
    exports.BatchDeleteTableVersionResponse$ = BatchDeleteTableVersionResponse$;
    exports.BatchGetBlueprints$ = BatchGetBlueprints$;
    exports.BatchGetBlueprintsCommand = BatchGetBlueprintsCommand;
    exports.BatchGetBlueprintsRequest$ = BatchGetBlueprintsRequest$;
    exports.BatchGetBlueprintsResponse$ = BatchGetBlueprintsResponse$;
    exports.BatchGetCrawlers$ = BatchGetCrawlers$;
    exports.BatchGetCrawlersCommand = BatchGetCrawlersCommand;
    exports.BatchGetCrawlersRequest$ = BatchGetCrawlersRequest$;
    exports.BatchGetCrawlersResponse$ = BatchGetCrawlersResponse$;
    exports.BatchGetCustomEntityTypes$ = BatchGetCustomEntityTypes$;
    exports.BatchGetCustomEntityTypesCommand = BatchGetCustomEntityTypesCommand;
    exports.BatchGetCustomEntityTypesRequest$ = BatchGetCustomEntityTypesRequest$;
    exports.BatchGetCustomEntityTypesResponse$ = BatchGetCustomEntityTypesResponse$;
    exports.BatchGetDataQualityResult$ = BatchGetDataQualityResult$;
    exports.BatchGetDataQualityResultCommand = BatchGetDataQualityResultCommand;
    exports.BatchGetDataQualityResultRequest$ = BatchGetDataQualityResultRequest$;
    exports.BatchGetDataQualityResultResponse$ = BatchGetDataQualityResultResponse$;
    exports.BatchGetDataQualityResultV2$ = BatchGetDataQualityResultV2$;
    exports.BatchGetDataQualityResultV2Command = BatchGetDataQualityResultV2Command;
    exports.BatchGetDataQualityResultV2Request$ = BatchGetDataQualityResultV2Request$;
    exports.BatchGetDataQualityResultV2Response$ = BatchGetDataQualityResultV2Response$;
    exports.BatchGetDataQualityRulesetEvaluationRun$ = BatchGetDataQualityRulesetEvaluationRun$;
    exports.BatchGetDataQualityRulesetEvaluationRunCommand = BatchGetDataQualityRulesetEvaluationRunCommand;
    exports.BatchGetDataQualityRulesetEvaluationRunRequest$ = BatchGetDataQualityRulesetEvaluationRunRequest$;
    exports.BatchGetDataQualityRulesetEvaluationRunResponse$ = BatchGetDataQualityRulesetEvaluationRunResponse$;
    exports.BatchGetDevEndpoints$ = BatchGetDevEndpoints$;
    exports.BatchGetDevEndpointsCommand = BatchGetDevEndpointsCommand;
    exports.BatchGetDevEndpointsRequest$ = BatchGetDevEndpointsRequest$;
    exports.BatchGetDevEndpointsResponse$ = BatchGetDevEndpointsResponse$;
    exports.BatchGetIterableForms$ = BatchGetIterableForms$;
    exports.BatchGetIterableFormsCommand = BatchGetIterableFormsCommand;
    exports.BatchGetIterableFormsRequest$ = BatchGetIterableFormsRequest$;
    exports.BatchGetIterableFormsResponse$ = BatchGetIterableFormsResponse$;
    exports.BatchGetJobs$ = BatchGetJobs$;
    exports.BatchGetJobsCommand = BatchGetJobsCommand;
    exports.BatchGetJobsRequest$ = BatchGetJobsRequest$;
    exports.BatchGetJobsResponse$ = BatchGetJobsResponse$;
    exports.BatchGetPartition$ = BatchGetPartition$;
    exports.BatchGetPartitionCommand = BatchGetPartitionCommand;
    exports.BatchGetPartitionRequest$ = BatchGetPartitionRequest$;
    exports.BatchGetPartitionResponse$ = BatchGetPartitionResponse$;
    exports.BatchGetTableOptimizer$ = BatchGetTableOptimizer$;
    exports.BatchGetTableOptimizerCommand = BatchGetTableOptimizerCommand;
    exports.BatchGetTableOptimizerEntry$ = BatchGetTableOptimizerEntry$;
    exports.BatchGetTableOptimizerError$ = BatchGetTableOptimizerError$;
    exports.BatchGetTableOptimizerRequest$ = BatchGetTableOptimizerRequest$;
    exports.BatchGetTableOptimizerResponse$ = BatchGetTableOptimizerResponse$;
    exports.BatchGetTriggers$ = BatchGetTriggers$;
    exports.BatchGetTriggersCommand = BatchGetTriggersCommand;
    exports.BatchGetTriggersRequest$ = BatchGetTriggersRequest$;
    exports.BatchGetTriggersResponse$ = BatchGetTriggersResponse$;
    exports.BatchGetWorkflows$ = BatchGetWorkflows$;
    exports.BatchGetWorkflowsCommand = BatchGetWorkflowsCommand;
    exports.BatchGetWorkflowsRequest$ = BatchGetWorkflowsRequest$;
    exports.BatchGetWorkflowsResponse$ = BatchGetWorkflowsResponse$;
    exports.BatchPutDataQualityStatisticAnnotation$ = BatchPutDataQualityStatisticAnnotation$;
    exports.BatchPutDataQualityStatisticAnnotationCommand = BatchPutDataQualityStatisticAnnotationCommand;
    exports.BatchPutDataQualityStatisticAnnotationRequest$ = BatchPutDataQualityStatisticAnnotationRequest$;
    exports.BatchPutDataQualityStatisticAnnotationResponse$ = BatchPutDataQualityStatisticAnnotationResponse$;
    exports.BatchStopJobRun$ = BatchStopJobRun$;
    exports.BatchStopJobRunCommand = BatchStopJobRunCommand;
    exports.BatchStopJobRunError$ = BatchStopJobRunError$;
    exports.BatchStopJobRunRequest$ = BatchStopJobRunRequest$;
    exports.BatchStopJobRunResponse$ = BatchStopJobRunResponse$;
    exports.BatchStopJobRunSuccessfulSubmission$ = BatchStopJobRunSuccessfulSubmission$;
    exports.BatchTableOptimizer$ = BatchTableOptimizer$;
    exports.BatchUpdatePartition$ = BatchUpdatePartition$;
    exports.BatchUpdatePartitionCommand = BatchUpdatePartitionCommand;
    exports.BatchUpdatePartitionFailureEntry$ = BatchUpdatePartitionFailureEntry$;
    exports.BatchUpdatePartitionRequest$ = BatchUpdatePartitionRequest$;
    exports.BatchUpdatePartitionRequestEntry$ = BatchUpdatePartitionRequestEntry$;
    exports.BatchUpdatePartitionResponse$ = BatchUpdatePartitionResponse$;
    exports.BetweenConfiguration$ = BetweenConfiguration$;
    exports.BinaryColumnStatisticsData$ = BinaryColumnStatisticsData$;
    exports.Blueprint$ = Blueprint$;
    exports.BlueprintDetails$ = BlueprintDetails$;
    exports.BlueprintRun$ = BlueprintRun$;
    exports.BlueprintRunState = BlueprintRunState;
    exports.BlueprintStatus = BlueprintStatus;
    exports.BooleanColumnStatisticsData$ = BooleanColumnStatisticsData$;
    exports.CancelDataQualityRuleRecommendationRun$ = CancelDataQualityRuleRecommendationRun$;
    exports.CancelDataQualityRuleRecommendationRunCommand = CancelDataQualityRuleRecommendationRunCommand;
    exports.CancelDataQualityRuleRecommendationRunRequest$ = CancelDataQualityRuleRecommendationRunRequest$;
    exports.CancelDataQualityRuleRecommendationRunResponse$ = CancelDataQualityRuleRecommendationRunResponse$;
    exports.CancelDataQualityRulesetEvaluationRun$ = CancelDataQualityRulesetEvaluationRun$;
    exports.CancelDataQualityRulesetEvaluationRunCommand = CancelDataQualityRulesetEvaluationRunCommand;
    exports.CancelDataQualityRulesetEvaluationRunRequest$ = CancelDataQualityRulesetEvaluationRunRequest$;
    exports.CancelDataQualityRulesetEvaluationRunResponse$ = CancelDataQualityRulesetEvaluationRunResponse$;
    exports.CancelMLTaskRun$ = CancelMLTaskRun$;
    exports.CancelMLTaskRunCommand = CancelMLTaskRunCommand;
    exports.CancelMLTaskRunRequest$ = CancelMLTaskRunRequest$;
    exports.CancelMLTaskRunResponse$ = CancelMLTaskRunResponse$;
    exports.CancelStatement$ = CancelStatement$;
    exports.CancelStatementCommand = CancelStatementCommand;
    exports.CancelStatementRequest$ = CancelStatementRequest$;
    exports.CancelStatementResponse$ = CancelStatementResponse$;
    exports.Capabilities$ = Capabilities$;
    exports.Catalog$ = Catalog$;
    exports.CatalogDeltaSource$ = CatalogDeltaSource$;
    exports.CatalogEncryptionMode = CatalogEncryptionMode;
    exports.CatalogEntry$ = CatalogEntry$;
    exports.CatalogHudiSource$ = CatalogHudiSource$;
    exports.CatalogIcebergSource$ = CatalogIcebergSource$;
    exports.CatalogImportStatus$ = CatalogImportStatus$;
    exports.CatalogInput$ = CatalogInput$;
    exports.CatalogKafkaSource$ = CatalogKafkaSource$;
    exports.CatalogKinesisSource$ = CatalogKinesisSource$;
    exports.CatalogProperties$ = CatalogProperties$;
    exports.CatalogPropertiesOutput$ = CatalogPropertiesOutput$;
    exports.CatalogSchemaChangePolicy$ = CatalogSchemaChangePolicy$;
    exports.CatalogSource$ = CatalogSource$;
    exports.CatalogTableConfigOptions$ = CatalogTableConfigOptions$;
    exports.CatalogTarget$ = CatalogTarget$;
    exports.CheckSchemaVersionValidity$ = CheckSchemaVersionValidity$;
    exports.CheckSchemaVersionValidityCommand = CheckSchemaVersionValidityCommand;
    exports.CheckSchemaVersionValidityInput$ = CheckSchemaVersionValidityInput$;
    exports.CheckSchemaVersionValidityResponse$ = CheckSchemaVersionValidityResponse$;
    exports.Classifier$ = Classifier$;
    exports.ClientCredentialsProperties$ = ClientCredentialsProperties$;
    exports.CloudWatchEncryption$ = CloudWatchEncryption$;
    exports.CloudWatchEncryptionMode = CloudWatchEncryptionMode;
    exports.CodeGenConfigurationNode$ = CodeGenConfigurationNode$;
    exports.CodeGenEdge$ = CodeGenEdge$;
    exports.CodeGenNode$ = CodeGenNode$;
    exports.CodeGenNodeArg$ = CodeGenNodeArg$;
    exports.Column$ = Column$;
    exports.ColumnError$ = ColumnError$;
    exports.ColumnImportance$ = ColumnImportance$;
    exports.ColumnRowFilter$ = ColumnRowFilter$;
    exports.ColumnStatistics$ = ColumnStatistics$;
    exports.ColumnStatisticsData$ = ColumnStatisticsData$;
    exports.ColumnStatisticsError$ = ColumnStatisticsError$;
    exports.ColumnStatisticsState = ColumnStatisticsState;
    exports.ColumnStatisticsTaskNotRunningException = ColumnStatisticsTaskNotRunningException;
    exports.ColumnStatisticsTaskNotRunningException$ = ColumnStatisticsTaskNotRunningException$;
    exports.ColumnStatisticsTaskRun$ = ColumnStatisticsTaskRun$;
    exports.ColumnStatisticsTaskRunningException = ColumnStatisticsTaskRunningException;
    exports.ColumnStatisticsTaskRunningException$ = ColumnStatisticsTaskRunningException$;
    exports.ColumnStatisticsTaskSettings$ = ColumnStatisticsTaskSettings$;
    exports.ColumnStatisticsTaskStoppingException = ColumnStatisticsTaskStoppingException;
    exports.ColumnStatisticsTaskStoppingException$ = ColumnStatisticsTaskStoppingException$;
    exports.ColumnStatisticsType = ColumnStatisticsType;
    exports.CompactionConfiguration$ = CompactionConfiguration$;
    exports.CompactionMetrics$ = CompactionMetrics$;
    exports.CompactionStrategy = CompactionStrategy;
    exports.Comparator = Comparator;
    exports.Compatibility = Compatibility;
    exports.CompressionType = CompressionType;
    exports.ComputationType = ComputationType;
    exports.ComputeEnvironment = ComputeEnvironment;
    exports.ComputeEnvironmentConfiguration$ = ComputeEnvironmentConfiguration$;
    exports.ConcurrentModificationException = ConcurrentModificationException;
    exports.ConcurrentModificationException$ = ConcurrentModificationException$;
    exports.ConcurrentRunsExceededException = ConcurrentRunsExceededException;
    exports.ConcurrentRunsExceededException$ = ConcurrentRunsExceededException$;
    exports.Condition$ = Condition$;
    exports.ConditionCheckFailureException = ConditionCheckFailureException;
    exports.ConditionCheckFailureException$ = ConditionCheckFailureException$;
    exports.ConditionExpression$ = ConditionExpression$;
    exports.ConfigurationObject$ = ConfigurationObject$;
    exports.ConfigurationSource = ConfigurationSource;
    exports.ConflictException = ConflictException;
    exports.ConflictException$ = ConflictException$;
    exports.ConfusionMatrix$ = ConfusionMatrix$;
    exports.Connection$ = Connection$;
    exports.ConnectionInput$ = ConnectionInput$;
    exports.ConnectionPasswordEncryption$ = ConnectionPasswordEncryption$;
    exports.ConnectionPropertiesConfiguration$ = ConnectionPropertiesConfiguration$;
    exports.ConnectionPropertyKey = ConnectionPropertyKey;
    exports.ConnectionStatus = ConnectionStatus;
    exports.ConnectionType = ConnectionType;
    exports.ConnectionTypeBrief$ = ConnectionTypeBrief$;
    exports.ConnectionTypeVariant$ = ConnectionTypeVariant$;
    exports.ConnectionsList$ = ConnectionsList$;
    exports.ConnectorAuthenticationConfiguration$ = ConnectorAuthenticationConfiguration$;
    exports.ConnectorAuthorizationCodeProperties$ = ConnectorAuthorizationCodeProperties$;
    exports.ConnectorDataSource$ = ConnectorDataSource$;
    exports.ConnectorDataTarget$ = ConnectorDataTarget$;
    exports.ConnectorOAuth2GrantType = ConnectorOAuth2GrantType;
    exports.ConnectorOAuth2Properties$ = ConnectorOAuth2Properties$;
    exports.ConnectorProperty$ = ConnectorProperty$;
    exports.ContentType = ContentType;
    exports.Crawl$ = Crawl$;
    exports.CrawlState = CrawlState;
    exports.Crawler$ = Crawler$;
    exports.CrawlerHistory$ = CrawlerHistory$;
    exports.CrawlerHistoryState = CrawlerHistoryState;
    exports.CrawlerLineageSettings = CrawlerLineageSettings;
    exports.CrawlerMetrics$ = CrawlerMetrics$;
    exports.CrawlerNodeDetails$ = CrawlerNodeDetails$;
    exports.CrawlerNotRunningException = CrawlerNotRunningException;
    exports.CrawlerNotRunningException$ = CrawlerNotRunningException$;
    exports.CrawlerRunningException = CrawlerRunningException;
    exports.CrawlerRunningException$ = CrawlerRunningException$;
    exports.CrawlerState = CrawlerState;
    exports.CrawlerStoppingException = CrawlerStoppingException;
    exports.CrawlerStoppingException$ = CrawlerStoppingException$;
    exports.CrawlerTargets$ = CrawlerTargets$;
    exports.CrawlsFilter$ = CrawlsFilter$;
    exports.CreateBlueprint$ = CreateBlueprint$;
    exports.CreateBlueprintCommand = CreateBlueprintCommand;
    exports.CreateBlueprintRequest$ = CreateBlueprintRequest$;
    exports.CreateBlueprintResponse$ = CreateBlueprintResponse$;
    exports.CreateCatalog$ = CreateCatalog$;
    exports.CreateCatalogCommand = CreateCatalogCommand;
    exports.CreateCatalogRequest$ = CreateCatalogRequest$;
    exports.CreateCatalogResponse$ = CreateCatalogResponse$;
    exports.CreateClassifier$ = CreateClassifier$;
    exports.CreateClassifierCommand = CreateClassifierCommand;
    exports.CreateClassifierRequest$ = CreateClassifierRequest$;
    exports.CreateClassifierResponse$ = CreateClassifierResponse$;
    exports.CreateColumnStatisticsTaskSettings$ = CreateColumnStatisticsTaskSettings$;
    exports.CreateColumnStatisticsTaskSettingsCommand = CreateColumnStatisticsTaskSettingsCommand;
    exports.CreateColumnStatisticsTaskSettingsRequest$ = CreateColumnStatisticsTaskSettingsRequest$;
    exports.CreateColumnStatisticsTaskSettingsResponse$ = CreateColumnStatisticsTaskSettingsResponse$;
    exports.CreateConnection$ = CreateConnection$;
    exports.CreateConnectionCommand = CreateConnectionCommand;
    exports.CreateConnectionRequest$ = CreateConnectionRequest$;
    exports.CreateConnectionResponse$ = CreateConnectionResponse$;
    exports.CreateCrawler$ = CreateCrawler$;
    exports.CreateCrawlerCommand = CreateCrawlerCommand;
    exports.CreateCrawlerRequest$ = CreateCrawlerRequest$;
    exports.CreateCrawlerResponse$ = CreateCrawlerResponse$;
    exports.CreateCsvClassifierRequest$ = CreateCsvClassifierRequest$;
    exports.CreateCustomEntityType$ = CreateCustomEntityType$;
    exports.CreateCustomEntityTypeCommand = CreateCustomEntityTypeCommand;
    exports.CreateCustomEntityTypeRequest$ = CreateCustomEntityTypeRequest$;
    exports.CreateCustomEntityTypeResponse$ = CreateCustomEntityTypeResponse$;
    exports.CreateDataQualityEvaluationConfig$ = CreateDataQualityEvaluationConfig$;
    exports.CreateDataQualityEvaluationConfigCommand = CreateDataQualityEvaluationConfigCommand;
    exports.CreateDataQualityEvaluationConfigRequest$ = CreateDataQualityEvaluationConfigRequest$;
    exports.CreateDataQualityEvaluationConfigResponse$ = CreateDataQualityEvaluationConfigResponse$;
    exports.CreateDataQualityRuleset$ = CreateDataQualityRuleset$;
    exports.CreateDataQualityRulesetCommand = CreateDataQualityRulesetCommand;
    exports.CreateDataQualityRulesetRequest$ = CreateDataQualityRulesetRequest$;
    exports.CreateDataQualityRulesetResponse$ = CreateDataQualityRulesetResponse$;
    exports.CreateDatabase$ = CreateDatabase$;
    exports.CreateDatabaseCommand = CreateDatabaseCommand;
    exports.CreateDatabaseRequest$ = CreateDatabaseRequest$;
    exports.CreateDatabaseResponse$ = CreateDatabaseResponse$;
    exports.CreateDevEndpoint$ = CreateDevEndpoint$;
    exports.CreateDevEndpointCommand = CreateDevEndpointCommand;
    exports.CreateDevEndpointRequest$ = CreateDevEndpointRequest$;
    exports.CreateDevEndpointResponse$ = CreateDevEndpointResponse$;
    exports.CreateGlossary$ = CreateGlossary$;
    exports.CreateGlossaryCommand = CreateGlossaryCommand;
    exports.CreateGlossaryRequest$ = CreateGlossaryRequest$;
    exports.CreateGlossaryResponse$ = CreateGlossaryResponse$;
    exports.CreateGlossaryTerm$ = CreateGlossaryTerm$;
    exports.CreateGlossaryTermCommand = CreateGlossaryTermCommand;
    exports.CreateGlossaryTermRequest$ = CreateGlossaryTermRequest$;
    exports.CreateGlossaryTermResponse$ = CreateGlossaryTermResponse$;
    exports.CreateGlueIdentityCenterConfiguration$ = CreateGlueIdentityCenterConfiguration$;
    exports.CreateGlueIdentityCenterConfigurationCommand = CreateGlueIdentityCenterConfigurationCommand;
    exports.CreateGlueIdentityCenterConfigurationRequest$ = CreateGlueIdentityCenterConfigurationRequest$;
    exports.CreateGlueIdentityCenterConfigurationResponse$ = CreateGlueIdentityCenterConfigurationResponse$;
    exports.CreateGrokClassifierRequest$ = CreateGrokClassifierRequest$;
    exports.CreateIcebergTableInput$ = CreateIcebergTableInput$;
    exports.CreateIntegration$ = CreateIntegration$;
    exports.CreateIntegrationCommand = CreateIntegrationCommand;
    exports.CreateIntegrationRequest$ = CreateIntegrationRequest$;
    exports.CreateIntegrationResourceProperty$ = CreateIntegrationResourceProperty$;
    exports.CreateIntegrationResourcePropertyCommand = CreateIntegrationResourcePropertyCommand;
    exports.CreateIntegrationResourcePropertyRequest$ = CreateIntegrationResourcePropertyRequest$;
    exports.CreateIntegrationResourcePropertyResponse$ = CreateIntegrationResourcePropertyResponse$;
    exports.CreateIntegrationResponse$ = CreateIntegrationResponse$;
    exports.CreateIntegrationTableProperties$ = CreateIntegrationTableProperties$;
    exports.CreateIntegrationTablePropertiesCommand = CreateIntegrationTablePropertiesCommand;
    exports.CreateIntegrationTablePropertiesRequest$ = CreateIntegrationTablePropertiesRequest$;
    exports.CreateIntegrationTablePropertiesResponse$ = CreateIntegrationTablePropertiesResponse$;
    exports.CreateJob$ = CreateJob$;
    exports.CreateJobCommand = CreateJobCommand;
    exports.CreateJobRequest$ = CreateJobRequest$;
    exports.CreateJobResponse$ = CreateJobResponse$;
    exports.CreateJsonClassifierRequest$ = CreateJsonClassifierRequest$;
    exports.CreateMLTransform$ = CreateMLTransform$;
    exports.CreateMLTransformCommand = CreateMLTransformCommand;
    exports.CreateMLTransformRequest$ = CreateMLTransformRequest$;
    exports.CreateMLTransformResponse$ = CreateMLTransformResponse$;
    exports.CreatePartition$ = CreatePartition$;
    exports.CreatePartitionCommand = CreatePartitionCommand;
    exports.CreatePartitionIndex$ = CreatePartitionIndex$;
    exports.CreatePartitionIndexCommand = CreatePartitionIndexCommand;
    exports.CreatePartitionIndexRequest$ = CreatePartitionIndexRequest$;
    exports.CreatePartitionIndexResponse$ = CreatePartitionIndexResponse$;
    exports.CreatePartitionRequest$ = CreatePartitionRequest$;
    exports.CreatePartitionResponse$ = CreatePartitionResponse$;
    exports.CreateRegistry$ = CreateRegistry$;
    exports.CreateRegistryCommand = CreateRegistryCommand;
    exports.CreateRegistryInput$ = CreateRegistryInput$;
    exports.CreateRegistryResponse$ = CreateRegistryResponse$;
    exports.CreateSchema$ = CreateSchema$;
    exports.CreateSchemaCommand = CreateSchemaCommand;
    exports.CreateSchemaInput$ = CreateSchemaInput$;
    exports.CreateSchemaResponse$ = CreateSchemaResponse$;
    exports.CreateScript$ = CreateScript$;
    exports.CreateScriptCommand = CreateScriptCommand;
    exports.CreateScriptRequest$ = CreateScriptRequest$;
    exports.CreateScriptResponse$ = CreateScriptResponse$;
    exports.CreateSecurityConfiguration$ = CreateSecurityConfiguration$;
    exports.CreateSecurityConfigurationCommand = CreateSecurityConfigurationCommand;
    exports.CreateSecurityConfigurationRequest$ = CreateSecurityConfigurationRequest$;
    exports.CreateSecurityConfigurationResponse$ = CreateSecurityConfigurationResponse$;
    exports.CreateSession$ = CreateSession$;
    exports.CreateSessionCommand = CreateSessionCommand;
    exports.CreateSessionRequest$ = CreateSessionRequest$;
    exports.CreateSessionResponse$ = CreateSessionResponse$;
    exports.CreateTable$ = CreateTable$;
    exports.CreateTableCommand = CreateTableCommand;
    exports.CreateTableOptimizer$ = CreateTableOptimizer$;
    exports.CreateTableOptimizerCommand = CreateTableOptimizerCommand;
    exports.CreateTableOptimizerRequest$ = CreateTableOptimizerRequest$;
    exports.CreateTableOptimizerResponse$ = CreateTableOptimizerResponse$;
    exports.CreateTableRequest$ = CreateTableRequest$;
    exports.CreateTableResponse$ = CreateTableResponse$;
    exports.CreateTrigger$ = CreateTrigger$;
    exports.CreateTriggerCommand = CreateTriggerCommand;
    exports.CreateTriggerRequest$ = CreateTriggerRequest$;
    exports.CreateTriggerResponse$ = CreateTriggerResponse$;
    exports.CreateUsageProfile$ = CreateUsageProfile$;
    exports.CreateUsageProfileCommand = CreateUsageProfileCommand;
    exports.CreateUsageProfileRequest$ = CreateUsageProfileRequest$;
    exports.CreateUsageProfileResponse$ = CreateUsageProfileResponse$;
    exports.CreateUserDefinedFunction$ = CreateUserDefinedFunction$;
    exports.CreateUserDefinedFunctionCommand = CreateUserDefinedFunctionCommand;
    exports.CreateUserDefinedFunctionRequest$ = CreateUserDefinedFunctionRequest$;
    exports.CreateUserDefinedFunctionResponse$ = CreateUserDefinedFunctionResponse$;
    exports.CreateWorkflow$ = CreateWorkflow$;
    exports.CreateWorkflowCommand = CreateWorkflowCommand;
    exports.CreateWorkflowRequest$ = CreateWorkflowRequest$;
    exports.CreateWorkflowResponse$ = CreateWorkflowResponse$;
    exports.CreateXMLClassifierRequest$ = CreateXMLClassifierRequest$;
    exports.CsvClassifier$ = CsvClassifier$;
    exports.CsvHeaderOption = CsvHeaderOption;
    exports.CsvSerdeOption = CsvSerdeOption;
    exports.CursorConfiguration$ = CursorConfiguration$;
    exports.CustomAuthenticationProperties$ = CustomAuthenticationProperties$;
    exports.CustomCode$ = CustomCode$;
    exports.CustomEntityType$ = CustomEntityType$;
    exports.DDBELTCatalogAdditionalOptions$ = DDBELTCatalogAdditionalOptions$;
    exports.DDBELTConnectionOptions$ = DDBELTConnectionOptions$;
    exports.DQCompositeRuleEvaluationMethod = DQCompositeRuleEvaluationMethod;
    exports.DQResultsPublishingOptions$ = DQResultsPublishingOptions$;
    exports.DQStopJobOnFailureOptions$ = DQStopJobOnFailureOptions$;
    exports.DQStopJobOnFailureTiming = DQStopJobOnFailureTiming;
    exports.DQTransformOutput = DQTransformOutput;
    exports.DataCatalogEncryptionSettings$ = DataCatalogEncryptionSettings$;
    exports.DataFormat = DataFormat;
    exports.DataLakeAccessProperties$ = DataLakeAccessProperties$;
    exports.DataLakeAccessPropertiesOutput$ = DataLakeAccessPropertiesOutput$;
    exports.DataLakePrincipal$ = DataLakePrincipal$;
    exports.DataOperation = DataOperation;
    exports.DataQualityAggregatedMetrics$ = DataQualityAggregatedMetrics$;
    exports.DataQualityAnalyzerResult$ = DataQualityAnalyzerResult$;
    exports.DataQualityConfigurationV2$ = DataQualityConfigurationV2$;
    exports.DataQualityEncryption$ = DataQualityEncryption$;
    exports.DataQualityEncryptionMode = DataQualityEncryptionMode;
    exports.DataQualityEngine = DataQualityEngine;
    exports.DataQualityEvaluationConfigAdditionalRunOptions$ = DataQualityEvaluationConfigAdditionalRunOptions$;
    exports.DataQualityEvaluationConfigDataSource$ = DataQualityEvaluationConfigDataSource$;
    exports.DataQualityEvaluationConfigGlueTables$ = DataQualityEvaluationConfigGlueTables$;
    exports.DataQualityEvaluationConfigLevel = DataQualityEvaluationConfigLevel;
    exports.DataQualityEvaluationConfigListDataSource$ = DataQualityEvaluationConfigListDataSource$;
    exports.DataQualityEvaluationConfigListDetails$ = DataQualityEvaluationConfigListDetails$;
    exports.DataQualityEvaluationConfigListGlueTables$ = DataQualityEvaluationConfigListGlueTables$;
    exports.DataQualityEvaluationConfigManagedRuleset = DataQualityEvaluationConfigManagedRuleset;
    exports.DataQualityEvaluationConfigTrigger = DataQualityEvaluationConfigTrigger;
    exports.DataQualityEvaluationRunAdditionalRunOptions$ = DataQualityEvaluationRunAdditionalRunOptions$;
    exports.DataQualityEvaluationRunMode = DataQualityEvaluationRunMode;
    exports.DataQualityGlueTable$ = DataQualityGlueTable$;
    exports.DataQualityMetricValues$ = DataQualityMetricValues$;
    exports.DataQualityModelStatus = DataQualityModelStatus;
    exports.DataQualityObservation$ = DataQualityObservation$;
    exports.DataQualityResult$ = DataQualityResult$;
    exports.DataQualityResultDescription$ = DataQualityResultDescription$;
    exports.DataQualityResultFilterCriteria$ = DataQualityResultFilterCriteria$;
    exports.DataQualityResultV2Item$ = DataQualityResultV2Item$;
    exports.DataQualityResultsV2Description$ = DataQualityResultsV2Description$;
    exports.DataQualityResultsV2FilterCriteria$ = DataQualityResultsV2FilterCriteria$;
    exports.DataQualityRuleRecommendationRunAdditionalRunOptions$ = DataQualityRuleRecommendationRunAdditionalRunOptions$;
    exports.DataQualityRuleRecommendationRunDescription$ = DataQualityRuleRecommendationRunDescription$;
    exports.DataQualityRuleRecommendationRunFilter$ = DataQualityRuleRecommendationRunFilter$;
    exports.DataQualityRuleResult$ = DataQualityRuleResult$;
    exports.DataQualityRuleResultStatus = DataQualityRuleResultStatus;
    exports.DataQualityRuleResultsOptions$ = DataQualityRuleResultsOptions$;
    exports.DataQualityRulesetEvaluationRun$ = DataQualityRulesetEvaluationRun$;
    exports.DataQualityRulesetEvaluationRunDescription$ = DataQualityRulesetEvaluationRunDescription$;
    exports.DataQualityRulesetEvaluationRunFilter$ = DataQualityRulesetEvaluationRunFilter$;
    exports.DataQualityRulesetFilterCriteria$ = DataQualityRulesetFilterCriteria$;
    exports.DataQualityRulesetListDetails$ = DataQualityRulesetListDetails$;
    exports.DataQualityTargetTable$ = DataQualityTargetTable$;
    exports.DataQualityTelemetry$ = DataQualityTelemetry$;
    exports.DataSource$ = DataSource$;
    exports.Database$ = Database$;
    exports.DatabaseAttributes = DatabaseAttributes;
    exports.DatabaseIdentifier$ = DatabaseIdentifier$;
    exports.DatabaseInput$ = DatabaseInput$;
    exports.DatapointInclusionAnnotation$ = DatapointInclusionAnnotation$;
    exports.Datatype$ = Datatype$;
    exports.DateColumnStatisticsData$ = DateColumnStatisticsData$;
    exports.DdbExportType = DdbExportType;
    exports.DecimalColumnStatisticsData$ = DecimalColumnStatisticsData$;
    exports.DecimalNumber$ = DecimalNumber$;
    exports.DeleteAsset$ = DeleteAsset$;
    exports.DeleteAssetCommand = DeleteAssetCommand;
    exports.DeleteAssetRequest$ = DeleteAssetRequest$;
    exports.DeleteAssetResponse$ = DeleteAssetResponse$;
    exports.DeleteAssetType$ = DeleteAssetType$;
    exports.DeleteAssetTypeCommand = DeleteAssetTypeCommand;
    exports.DeleteAssetTypeRequest$ = DeleteAssetTypeRequest$;
    exports.DeleteAssetTypeResponse$ = DeleteAssetTypeResponse$;
    exports.DeleteAttachment$ = DeleteAttachment$;
    exports.DeleteAttachmentCommand = DeleteAttachmentCommand;
    exports.DeleteAttachmentRequest$ = DeleteAttachmentRequest$;
    exports.DeleteAttachmentResponse$ = DeleteAttachmentResponse$;
    exports.DeleteBehavior = DeleteBehavior;
    exports.DeleteBlueprint$ = DeleteBlueprint$;
    exports.DeleteBlueprintCommand = DeleteBlueprintCommand;
    exports.DeleteBlueprintRequest$ = DeleteBlueprintRequest$;
    exports.DeleteBlueprintResponse$ = DeleteBlueprintResponse$;
    exports.DeleteCatalog$ = DeleteCatalog$;
    exports.DeleteCatalogCommand = DeleteCatalogCommand;
    exports.DeleteCatalogRequest$ = DeleteCatalogRequest$;
    exports.DeleteCatalogResponse$ = DeleteCatalogResponse$;
    exports.DeleteClassifier$ = DeleteClassifier$;
    exports.DeleteClassifierCommand = DeleteClassifierCommand;
    exports.DeleteClassifierRequest$ = DeleteClassifierRequest$;
    exports.DeleteClassifierResponse$ = DeleteClassifierResponse$;
    exports.DeleteColumnStatisticsForPartition$ = DeleteColumnStatisticsForPartition$;
    exports.DeleteColumnStatisticsForPartitionCommand = DeleteColumnStatisticsForPartitionCommand;
    exports.DeleteColumnStatisticsForPartitionRequest$ = DeleteColumnStatisticsForPartitionRequest$;
    exports.DeleteColumnStatisticsForPartitionResponse$ = DeleteColumnStatisticsForPartitionResponse$;
    exports.DeleteColumnStatisticsForTable$ = DeleteColumnStatisticsForTable$;
    exports.DeleteColumnStatisticsForTableCommand = DeleteColumnStatisticsForTableCommand;
    exports.DeleteColumnStatisticsForTableRequest$ = DeleteColumnStatisticsForTableRequest$;
    exports.DeleteColumnStatisticsForTableResponse$ = DeleteColumnStatisticsForTableResponse$;
    exports.DeleteColumnStatisticsTaskSettings$ = DeleteColumnStatisticsTaskSettings$;
    exports.DeleteColumnStatisticsTaskSettingsCommand = DeleteColumnStatisticsTaskSettingsCommand;
    exports.DeleteColumnStatisticsTaskSettingsRequest$ = DeleteColumnStatisticsTaskSettingsRequest$;
    exports.DeleteColumnStatisticsTaskSettingsResponse$ = DeleteColumnStatisticsTaskSettingsResponse$;
    exports.DeleteConnection$ = DeleteConnection$;
    exports.DeleteConnectionCommand = DeleteConnectionCommand;
    exports.DeleteConnectionRequest$ = DeleteConnectionRequest$;
    exports.DeleteConnectionResponse$ = DeleteConnectionResponse$;
    exports.DeleteConnectionType$ = DeleteConnectionType$;
    exports.DeleteConnectionTypeCommand = DeleteConnectionTypeCommand;
    exports.DeleteConnectionTypeRequest$ = DeleteConnectionTypeRequest$;
    exports.DeleteConnectionTypeResponse$ = DeleteConnectionTypeResponse$;
    exports.DeleteCrawler$ = DeleteCrawler$;
    exports.DeleteCrawlerCommand = DeleteCrawlerCommand;
    exports.DeleteCrawlerRequest$ = DeleteCrawlerRequest$;
    exports.DeleteCrawlerResponse$ = DeleteCrawlerResponse$;
    exports.DeleteCustomEntityType$ = DeleteCustomEntityType$;
    exports.DeleteCustomEntityTypeCommand = DeleteCustomEntityTypeCommand;
    exports.DeleteCustomEntityTypeRequest$ = DeleteCustomEntityTypeRequest$;
    exports.DeleteCustomEntityTypeResponse$ = DeleteCustomEntityTypeResponse$;
    exports.DeleteDataQualityEvaluationConfig$ = DeleteDataQualityEvaluationConfig$;
    exports.DeleteDataQualityEvaluationConfigCommand = DeleteDataQualityEvaluationConfigCommand;
    exports.DeleteDataQualityEvaluationConfigRequest$ = DeleteDataQualityEvaluationConfigRequest$;
    exports.DeleteDataQualityEvaluationConfigResponse$ = DeleteDataQualityEvaluationConfigResponse$;
    exports.DeleteDataQualityRuleset$ = DeleteDataQualityRuleset$;
    exports.DeleteDataQualityRulesetCommand = DeleteDataQualityRulesetCommand;
    exports.DeleteDataQualityRulesetRequest$ = DeleteDataQualityRulesetRequest$;
    exports.DeleteDataQualityRulesetResponse$ = DeleteDataQualityRulesetResponse$;
    exports.DeleteDatabase$ = DeleteDatabase$;
    exports.DeleteDatabaseCommand = DeleteDatabaseCommand;
    exports.DeleteDatabaseRequest$ = DeleteDatabaseRequest$;
    exports.DeleteDatabaseResponse$ = DeleteDatabaseResponse$;
    exports.DeleteDevEndpoint$ = DeleteDevEndpoint$;
    exports.DeleteDevEndpointCommand = DeleteDevEndpointCommand;
    exports.DeleteDevEndpointRequest$ = DeleteDevEndpointRequest$;
    exports.DeleteDevEndpointResponse$ = DeleteDevEndpointResponse$;
    exports.DeleteFormType$ = DeleteFormType$;
    exports.DeleteFormTypeCommand = DeleteFormTypeCommand;
    exports.DeleteFormTypeRequest$ = DeleteFormTypeRequest$;
    exports.DeleteFormTypeResponse$ = DeleteFormTypeResponse$;
    exports.DeleteGlossary$ = DeleteGlossary$;
    exports.DeleteGlossaryCommand = DeleteGlossaryCommand;
    exports.DeleteGlossaryRequest$ = DeleteGlossaryRequest$;
    exports.DeleteGlossaryResponse$ = DeleteGlossaryResponse$;
    exports.DeleteGlossaryTerm$ = DeleteGlossaryTerm$;
    exports.DeleteGlossaryTermCommand = DeleteGlossaryTermCommand;
    exports.DeleteGlossaryTermRequest$ = DeleteGlossaryTermRequest$;
    exports.DeleteGlossaryTermResponse$ = DeleteGlossaryTermResponse$;
    exports.DeleteGlueIdentityCenterConfiguration$ = DeleteGlueIdentityCenterConfiguration$;
    exports.DeleteGlueIdentityCenterConfigurationCommand = DeleteGlueIdentityCenterConfigurationCommand;
    exports.DeleteGlueIdentityCenterConfigurationRequest$ = DeleteGlueIdentityCenterConfigurationRequest$;
    exports.DeleteGlueIdentityCenterConfigurationResponse$ = DeleteGlueIdentityCenterConfigurationResponse$;
    exports.DeleteIntegration$ = DeleteIntegration$;
    exports.DeleteIntegrationCommand = DeleteIntegrationCommand;
    exports.DeleteIntegrationRequest$ = DeleteIntegrationRequest$;
    exports.DeleteIntegrationResourceProperty$ = DeleteIntegrationResourceProperty$;
    exports.DeleteIntegrationResourcePropertyCommand = DeleteIntegrationResourcePropertyCommand;
    exports.DeleteIntegrationResourcePropertyRequest$ = DeleteIntegrationResourcePropertyRequest$;
    exports.DeleteIntegrationResourcePropertyResponse$ = DeleteIntegrationResourcePropertyResponse$;
    exports.DeleteIntegrationResponse$ = DeleteIntegrationResponse$;
    exports.DeleteIntegrationTableProperties$ = DeleteIntegrationTableProperties$;
    exports.DeleteIntegrationTablePropertiesCommand = DeleteIntegrationTablePropertiesCommand;
    exports.DeleteIntegrationTablePropertiesRequest$ = DeleteIntegrationTablePropertiesRequest$;
    exports.DeleteIntegrationTablePropertiesResponse$ = DeleteIntegrationTablePropertiesResponse$;
    exports.DeleteJob$ = DeleteJob$;
    exports.DeleteJobCommand = DeleteJobCommand;
    exports.DeleteJobRequest$ = DeleteJobRequest$;
    exports.DeleteJobResponse$ = DeleteJobResponse$;
    exports.DeleteMLTransform$ = DeleteMLTransform$;
    exports.DeleteMLTransformCommand = DeleteMLTransformCommand;
    exports.DeleteMLTransformRequest$ = DeleteMLTransformRequest$;
    exports.DeleteMLTransformResponse$ = DeleteMLTransformResponse$;
    exports.DeletePartition$ = DeletePartition$;
    exports.DeletePartitionCommand = DeletePartitionCommand;
    exports.DeletePartitionIndex$ = DeletePartitionIndex$;
    exports.DeletePartitionIndexCommand = DeletePartitionIndexCommand;
    exports.DeletePartitionIndexRequest$ = DeletePartitionIndexRequest$;
    exports.DeletePartitionIndexResponse$ = DeletePartitionIndexResponse$;
    exports.DeletePartitionRequest$ = DeletePartitionRequest$;
    exports.DeletePartitionResponse$ = DeletePartitionResponse$;
    exports.DeleteRegistry$ = DeleteRegistry$;
    exports.DeleteRegistryCommand = DeleteRegistryCommand;
    exports.DeleteRegistryInput$ = DeleteRegistryInput$;
    exports.DeleteRegistryResponse$ = DeleteRegistryResponse$;
    exports.DeleteResourcePolicy$ = DeleteResourcePolicy$;
    exports.DeleteResourcePolicyCommand = DeleteResourcePolicyCommand;
    exports.DeleteResourcePolicyRequest$ = DeleteResourcePolicyRequest$;
    exports.DeleteResourcePolicyResponse$ = DeleteResourcePolicyResponse$;
    exports.DeleteSchema$ = DeleteSchema$;
    exports.DeleteSchemaCommand = DeleteSchemaCommand;
    exports.DeleteSchemaInput$ = DeleteSchemaInput$;
    exports.DeleteSchemaResponse$ = DeleteSchemaResponse$;
    exports.DeleteSchemaVersions$ = DeleteSchemaVersions$;
    exports.DeleteSchemaVersionsCommand = DeleteSchemaVersionsCommand;
    exports.DeleteSchemaVersionsInput$ = DeleteSchemaVersionsInput$;
    exports.DeleteSchemaVersionsResponse$ = DeleteSchemaVersionsResponse$;
    exports.DeleteSecurityConfiguration$ = DeleteSecurityConfiguration$;
    exports.DeleteSecurityConfigurationCommand = DeleteSecurityConfigurationCommand;
    exports.DeleteSecurityConfigurationRequest$ = DeleteSecurityConfigurationRequest$;
    exports.DeleteSecurityConfigurationResponse$ = DeleteSecurityConfigurationResponse$;
    exports.DeleteSession$ = DeleteSession$;
    exports.DeleteSessionCommand = DeleteSessionCommand;
    exports.DeleteSessionRequest$ = DeleteSessionRequest$;
    exports.DeleteSessionResponse$ = DeleteSessionResponse$;
    exports.DeleteTable$ = DeleteTable$;
    exports.DeleteTableCommand = DeleteTableCommand;
    exports.DeleteTableOptimizer$ = DeleteTableOptimizer$;
    exports.DeleteTableOptimizerCommand = DeleteTableOptimizerCommand;
    exports.DeleteTableOptimizerRequest$ = DeleteTableOptimizerRequest$;
    exports.DeleteTableOptimizerResponse$ = DeleteTableOptimizerResponse$;
    exports.DeleteTableRequest$ = DeleteTableRequest$;
    exports.DeleteTableResponse$ = DeleteTableResponse$;
    exports.DeleteTableVersion$ = DeleteTableVersion$;
    exports.DeleteTableVersionCommand = DeleteTableVersionCommand;
    exports.DeleteTableVersionRequest$ = DeleteTableVersionRequest$;
    exports.DeleteTableVersionResponse$ = DeleteTableVersionResponse$;
    exports.DeleteTrigger$ = DeleteTrigger$;
    exports.DeleteTriggerCommand = DeleteTriggerCommand;
    exports.DeleteTriggerRequest$ = DeleteTriggerRequest$;
    exports.DeleteTriggerResponse$ = DeleteTriggerResponse$;
    exports.DeleteUsageProfile$ = DeleteUsageProfile$;
    exports.DeleteUsageProfileCommand = DeleteUsageProfileCommand;
    exports.DeleteUsageProfileRequest$ = DeleteUsageProfileRequest$;
    exports.DeleteUsageProfileResponse$ = DeleteUsageProfileResponse$;
    exports.DeleteUserDefinedFunction$ = DeleteUserDefinedFunction$;
    exports.DeleteUserDefinedFunctionCommand = DeleteUserDefinedFunctionCommand;
    exports.DeleteUserDefinedFunctionRequest$ = DeleteUserDefinedFunctionRequest$;
    exports.DeleteUserDefinedFunctionResponse$ = DeleteUserDefinedFunctionResponse$;
    exports.DeleteWorkflow$ = DeleteWorkflow$;
    exports.DeleteWorkflowCommand = DeleteWorkflowCommand;
    exports.DeleteWorkflowRequest$ = DeleteWorkflowRequest$;
    exports.DeleteWorkflowResponse$ = DeleteWorkflowResponse$;
    exports.DeltaTarget$ = DeltaTarget$;
    exports.DeltaTargetCompressionType = DeltaTargetCompressionType;
    exports.DescribeConnectionType$ = DescribeConnectionType$;
    exports.DescribeConnectionTypeCommand = DescribeConnectionTypeCommand;
    exports.DescribeConnectionTypeRequest$ = DescribeConnectionTypeRequest$;
    exports.DescribeConnectionTypeResponse$ = DescribeConnectionTypeResponse$;
    exports.DescribeEntity$ = DescribeEntity$;
    exports.DescribeEntityCommand = DescribeEntityCommand;
    exports.DescribeEntityRequest$ = DescribeEntityRequest$;
    exports.DescribeEntityResponse$ = DescribeEntityResponse$;
    exports.DescribeInboundIntegrations$ = DescribeInboundIntegrations$;
    exports.DescribeInboundIntegrationsCommand = DescribeInboundIntegrationsCommand;
    exports.DescribeInboundIntegrationsRequest$ = DescribeInboundIntegrationsRequest$;
    exports.DescribeInboundIntegrationsResponse$ = DescribeInboundIntegrationsResponse$;
    exports.DescribeIntegrations$ = DescribeIntegrations$;
    exports.DescribeIntegrationsCommand = DescribeIntegrationsCommand;
    exports.DescribeIntegrationsRequest$ = DescribeIntegrationsRequest$;
    exports.DescribeIntegrationsResponse$ = DescribeIntegrationsResponse$;
    exports.DevEndpoint$ = DevEndpoint$;
    exports.DevEndpointCustomLibraries$ = DevEndpointCustomLibraries$;
    exports.DirectJDBCSource$ = DirectJDBCSource$;
    exports.DirectKafkaSource$ = DirectKafkaSource$;
    exports.DirectKinesisSource$ = DirectKinesisSource$;
    exports.DirectSchemaChangePolicy$ = DirectSchemaChangePolicy$;
    exports.DisassociateGlossaryTerms$ = DisassociateGlossaryTerms$;
    exports.DisassociateGlossaryTermsCommand = DisassociateGlossaryTermsCommand;
    exports.DisassociateGlossaryTermsRequest$ = DisassociateGlossaryTermsRequest$;
    exports.DisassociateGlossaryTermsResponse$ = DisassociateGlossaryTermsResponse$;
    exports.DistributionData$ = DistributionData$;
    exports.DistributionResultsOptions$ = DistributionResultsOptions$;
    exports.DoubleColumnStatisticsData$ = DoubleColumnStatisticsData$;
    exports.DropDuplicates$ = DropDuplicates$;
    exports.DropFields$ = DropFields$;
    exports.DropNullFields$ = DropNullFields$;
    exports.DynamicTransform$ = DynamicTransform$;
    exports.DynamoDBCatalogSource$ = DynamoDBCatalogSource$;
    exports.DynamoDBELTConnectorSource$ = DynamoDBELTConnectorSource$;
    exports.DynamoDBTarget$ = DynamoDBTarget$;
    exports.Edge$ = Edge$;
    exports.EnableHybridValues = EnableHybridValues;
    exports.EncryptionAtRest$ = EncryptionAtRest$;
    exports.EncryptionConfiguration$ = EncryptionConfiguration$;
    exports.Entity$ = Entity$;
    exports.EntityConfiguration$ = EntityConfiguration$;
    exports.EntityNotFoundException = EntityNotFoundException;
    exports.EntityNotFoundException$ = EntityNotFoundException$;
    exports.ErrorDetail$ = ErrorDetail$;
    exports.ErrorDetails$ = ErrorDetails$;
    exports.EvaluateDataQuality$ = EvaluateDataQuality$;
    exports.EvaluateDataQualityMultiFrame$ = EvaluateDataQualityMultiFrame$;
    exports.EvaluationMetrics$ = EvaluationMetrics$;
    exports.EventBatchingCondition$ = EventBatchingCondition$;
    exports.ExecutionAttempt$ = ExecutionAttempt$;
    exports.ExecutionClass = ExecutionClass;
    exports.ExecutionProperty$ = ExecutionProperty$;
    exports.ExecutionStatus = ExecutionStatus;
    exports.ExistCondition = ExistCondition;
    exports.ExportEncryptionConfiguration$ = ExportEncryptionConfiguration$;
    exports.ExportLabelsTaskRunProperties$ = ExportLabelsTaskRunProperties$;
    exports.ExportSetting = ExportSetting;
    exports.ExportStatus = ExportStatus;
    exports.ExtractedParameter$ = ExtractedParameter$;
    exports.FederatedCatalog$ = FederatedCatalog$;
    exports.FederatedDatabase$ = FederatedDatabase$;
    exports.FederatedResourceAlreadyExistsException = FederatedResourceAlreadyExistsException;
    exports.FederatedResourceAlreadyExistsException$ = FederatedResourceAlreadyExistsException$;
    exports.FederatedTable$ = FederatedTable$;
    exports.FederationSourceErrorCode = FederationSourceErrorCode;
    exports.FederationSourceException = FederationSourceException;
    exports.FederationSourceException$ = FederationSourceException$;
    exports.FederationSourceRetryableException = FederationSourceRetryableException;
    exports.FederationSourceRetryableException$ = FederationSourceRetryableException$;
    exports.Field$ = Field$;
    exports.FieldDataType = FieldDataType;
    exports.FieldDefinition$ = FieldDefinition$;
    exports.FieldFilterOperator = FieldFilterOperator;
    exports.FieldName = FieldName;
    exports.FillMissingValues$ = FillMissingValues$;
    exports.Filter$ = Filter$;
    exports.FilterConfiguration$ = FilterConfiguration$;
    exports.FilterExpression$ = FilterExpression$;
    exports.FilterLogicalOperator = FilterLogicalOperator;
    exports.FilterMode = FilterMode;
    exports.FilterOperation = FilterOperation;
    exports.FilterOperator = FilterOperator;
    exports.FilterOverrides$ = FilterOverrides$;
    exports.FilterStringConfiguration$ = FilterStringConfiguration$;
    exports.FilterValue$ = FilterValue$;
    exports.FilterValueType = FilterValueType;
    exports.FindMatchesMetrics$ = FindMatchesMetrics$;
    exports.FindMatchesParameters$ = FindMatchesParameters$;
    exports.FindMatchesTaskRunProperties$ = FindMatchesTaskRunProperties$;
    exports.FormTypeItem$ = FormTypeItem$;
    exports.FunctionType = FunctionType;
    exports.GetAsset$ = GetAsset$;
    exports.GetAssetCommand = GetAssetCommand;
    exports.GetAssetInput$ = GetAssetInput$;
    exports.GetAssetOutput$ = GetAssetOutput$;
    exports.GetAssetType$ = GetAssetType$;
    exports.GetAssetTypeCommand = GetAssetTypeCommand;
    exports.GetAssetTypeRequest$ = GetAssetTypeRequest$;
    exports.GetAssetTypeResponse$ = GetAssetTypeResponse$;
    exports.GetBlueprint$ = GetBlueprint$;
    exports.GetBlueprintCommand = GetBlueprintCommand;
    exports.GetBlueprintRequest$ = GetBlueprintRequest$;
    exports.GetBlueprintResponse$ = GetBlueprintResponse$;
    exports.GetBlueprintRun$ = GetBlueprintRun$;
    exports.GetBlueprintRunCommand = GetBlueprintRunCommand;
    exports.GetBlueprintRunRequest$ = GetBlueprintRunRequest$;
    exports.GetBlueprintRunResponse$ = GetBlueprintRunResponse$;
    exports.GetBlueprintRuns$ = GetBlueprintRuns$;
    exports.GetBlueprintRunsCommand = GetBlueprintRunsCommand;
    exports.GetBlueprintRunsRequest$ = GetBlueprintRunsRequest$;
    exports.GetBlueprintRunsResponse$ = GetBlueprintRunsResponse$;
    exports.GetCatalog$ = GetCatalog$;
    exports.GetCatalogCommand = GetCatalogCommand;
    exports.GetCatalogImportStatus$ = GetCatalogImportStatus$;
    exports.GetCatalogImportStatusCommand = GetCatalogImportStatusCommand;
    exports.GetCatalogImportStatusRequest$ = GetCatalogImportStatusRequest$;
    exports.GetCatalogImportStatusResponse$ = GetCatalogImportStatusResponse$;
    exports.GetCatalogRequest$ = GetCatalogRequest$;
    exports.GetCatalogResponse$ = GetCatalogResponse$;
    exports.GetCatalogs$ = GetCatalogs$;
    exports.GetCatalogsCommand = GetCatalogsCommand;
    exports.GetCatalogsRequest$ = GetCatalogsRequest$;
    exports.GetCatalogsResponse$ = GetCatalogsResponse$;
    exports.GetClassifier$ = GetClassifier$;
    exports.GetClassifierCommand = GetClassifierCommand;
    exports.GetClassifierRequest$ = GetClassifierRequest$;
    exports.GetClassifierResponse$ = GetClassifierResponse$;
    exports.GetClassifiers$ = GetClassifiers$;
    exports.GetClassifiersCommand = GetClassifiersCommand;
    exports.GetClassifiersRequest$ = GetClassifiersRequest$;
    exports.GetClassifiersResponse$ = GetClassifiersResponse$;
    exports.GetColumnStatisticsForPartition$ = GetColumnStatisticsForPartition$;
    exports.GetColumnStatisticsForPartitionCommand = GetColumnStatisticsForPartitionCommand;
    exports.GetColumnStatisticsForPartitionRequest$ = GetColumnStatisticsForPartitionRequest$;
    exports.GetColumnStatisticsForPartitionResponse$ = GetColumnStatisticsForPartitionResponse$;
    exports.GetColumnStatisticsForTable$ = GetColumnStatisticsForTable$;
    exports.GetColumnStatisticsForTableCommand = GetColumnStatisticsForTableCommand;
    exports.GetColumnStatisticsForTableRequest$ = GetColumnStatisticsForTableRequest$;
    exports.GetColumnStatisticsForTableResponse$ = GetColumnStatisticsForTableResponse$;
    exports.GetColumnStatisticsTaskRun$ = GetColumnStatisticsTaskRun$;
    exports.GetColumnStatisticsTaskRunCommand = GetColumnStatisticsTaskRunCommand;
    exports.GetColumnStatisticsTaskRunRequest$ = GetColumnStatisticsTaskRunRequest$;
    exports.GetColumnStatisticsTaskRunResponse$ = GetColumnStatisticsTaskRunResponse$;
    exports.GetColumnStatisticsTaskRuns$ = GetColumnStatisticsTaskRuns$;
    exports.GetColumnStatisticsTaskRunsCommand = GetColumnStatisticsTaskRunsCommand;
    exports.GetColumnStatisticsTaskRunsRequest$ = GetColumnStatisticsTaskRunsRequest$;
    exports.GetColumnStatisticsTaskRunsResponse$ = GetColumnStatisticsTaskRunsResponse$;
    exports.GetColumnStatisticsTaskSettings$ = GetColumnStatisticsTaskSettings$;
    exports.GetColumnStatisticsTaskSettingsCommand = GetColumnStatisticsTaskSettingsCommand;
    exports.GetColumnStatisticsTaskSettingsRequest$ = GetColumnStatisticsTaskSettingsRequest$;
    exports.GetColumnStatisticsTaskSettingsResponse$ = GetColumnStatisticsTaskSettingsResponse$;
    exports.GetConnection$ = GetConnection$;
    exports.GetConnectionCommand = GetConnectionCommand;
    exports.GetConnectionRequest$ = GetConnectionRequest$;
    exports.GetConnectionResponse$ = GetConnectionResponse$;
    exports.GetConnections$ = GetConnections$;
    exports.GetConnectionsCommand = GetConnectionsCommand;
    exports.GetConnectionsFilter$ = GetConnectionsFilter$;
    exports.GetConnectionsRequest$ = GetConnectionsRequest$;
    exports.GetConnectionsResponse$ = GetConnectionsResponse$;
    exports.GetCrawler$ = GetCrawler$;
    exports.GetCrawlerCommand = GetCrawlerCommand;
    exports.GetCrawlerMetrics$ = GetCrawlerMetrics$;
    exports.GetCrawlerMetricsCommand = GetCrawlerMetricsCommand;
    exports.GetCrawlerMetricsRequest$ = GetCrawlerMetricsRequest$;
    exports.GetCrawlerMetricsResponse$ = GetCrawlerMetricsResponse$;
    exports.GetCrawlerRequest$ = GetCrawlerRequest$;
    exports.GetCrawlerResponse$ = GetCrawlerResponse$;
    exports.GetCrawlers$ = GetCrawlers$;
    exports.GetCrawlersCommand = GetCrawlersCommand;
    exports.GetCrawlersRequest$ = GetCrawlersRequest$;
    exports.GetCrawlersResponse$ = GetCrawlersResponse$;
    exports.GetCustomEntityType$ = GetCustomEntityType$;
    exports.GetCustomEntityTypeCommand = GetCustomEntityTypeCommand;
    exports.GetCustomEntityTypeRequest$ = GetCustomEntityTypeRequest$;
    exports.GetCustomEntityTypeResponse$ = GetCustomEntityTypeResponse$;
    exports.GetDashboardUrl$ = GetDashboardUrl$;
    exports.GetDashboardUrlCommand = GetDashboardUrlCommand;
    exports.GetDashboardUrlRequest$ = GetDashboardUrlRequest$;
    exports.GetDashboardUrlResponse$ = GetDashboardUrlResponse$;
    exports.GetDataCatalogEncryptionSettings$ = GetDataCatalogEncryptionSettings$;
    exports.GetDataCatalogEncryptionSettingsCommand = GetDataCatalogEncryptionSettingsCommand;
    exports.GetDataCatalogEncryptionSettingsRequest$ = GetDataCatalogEncryptionSettingsRequest$;
    exports.GetDataCatalogEncryptionSettingsResponse$ = GetDataCatalogEncryptionSettingsResponse$;
    exports.GetDataCatalogExportConfiguration$ = GetDataCatalogExportConfiguration$;
    exports.GetDataCatalogExportConfigurationCommand = GetDataCatalogExportConfigurationCommand;
    exports.GetDataCatalogExportConfigurationInput$ = GetDataCatalogExportConfigurationInput$;
    exports.GetDataCatalogExportConfigurationOutput$ = GetDataCatalogExportConfigurationOutput$;
    exports.GetDataQualityEvaluationConfig$ = GetDataQualityEvaluationConfig$;
    exports.GetDataQualityEvaluationConfigCommand = GetDataQualityEvaluationConfigCommand;
    exports.GetDataQualityEvaluationConfigRequest$ = GetDataQualityEvaluationConfigRequest$;
    exports.GetDataQualityEvaluationConfigResponse$ = GetDataQualityEvaluationConfigResponse$;
    exports.GetDataQualityModel$ = GetDataQualityModel$;
    exports.GetDataQualityModelCommand = GetDataQualityModelCommand;
    exports.GetDataQualityModelRequest$ = GetDataQualityModelRequest$;
    exports.GetDataQualityModelResponse$ = GetDataQualityModelResponse$;
    exports.GetDataQualityModelResult$ = GetDataQualityModelResult$;
    exports.GetDataQualityModelResultCommand = GetDataQualityModelResultCommand;
    exports.GetDataQualityModelResultRequest$ = GetDataQualityModelResultRequest$;
    exports.GetDataQualityModelResultResponse$ = GetDataQualityModelResultResponse$;
    exports.GetDataQualityResult$ = GetDataQualityResult$;
    exports.GetDataQualityResultCommand = GetDataQualityResultCommand;
    exports.GetDataQualityResultRequest$ = GetDataQualityResultRequest$;
    exports.GetDataQualityResultResponse$ = GetDataQualityResultResponse$;
    exports.GetDataQualityResultV2$ = GetDataQualityResultV2$;
    exports.GetDataQualityResultV2Command = GetDataQualityResultV2Command;
    exports.GetDataQualityResultV2Request$ = GetDataQualityResultV2Request$;
    exports.GetDataQualityResultV2Response$ = GetDataQualityResultV2Response$;
    exports.GetDataQualityRuleRecommendationRun$ = GetDataQualityRuleRecommendationRun$;
    exports.GetDataQualityRuleRecommendationRunCommand = GetDataQualityRuleRecommendationRunCommand;
    exports.GetDataQualityRuleRecommendationRunRequest$ = GetDataQualityRuleRecommendationRunRequest$;
    exports.GetDataQualityRuleRecommendationRunResponse$ = GetDataQualityRuleRecommendationRunResponse$;
    exports.GetDataQualityRuleset$ = GetDataQualityRuleset$;
    exports.GetDataQualityRulesetCommand = GetDataQualityRulesetCommand;
    exports.GetDataQualityRulesetEvaluationRun$ = GetDataQualityRulesetEvaluationRun$;
    exports.GetDataQualityRulesetEvaluationRunCommand = GetDataQualityRulesetEvaluationRunCommand;
    exports.GetDataQualityRulesetEvaluationRunRequest$ = GetDataQualityRulesetEvaluationRunRequest$;
    exports.GetDataQualityRulesetEvaluationRunResponse$ = GetDataQualityRulesetEvaluationRunResponse$;
    exports.GetDataQualityRulesetRequest$ = GetDataQualityRulesetRequest$;
    exports.GetDataQualityRulesetResponse$ = GetDataQualityRulesetResponse$;
    exports.GetDatabase$ = GetDatabase$;
    exports.GetDatabaseCommand = GetDatabaseCommand;
    exports.GetDatabaseRequest$ = GetDatabaseRequest$;
    exports.GetDatabaseResponse$ = GetDatabaseResponse$;
    exports.GetDatabases$ = GetDatabases$;
    exports.GetDatabasesCommand = GetDatabasesCommand;
    exports.GetDatabasesRequest$ = GetDatabasesRequest$;
    exports.GetDatabasesResponse$ = GetDatabasesResponse$;
    exports.GetDataflowGraph$ = GetDataflowGraph$;
    exports.GetDataflowGraphCommand = GetDataflowGraphCommand;
    exports.GetDataflowGraphRequest$ = GetDataflowGraphRequest$;
    exports.GetDataflowGraphResponse$ = GetDataflowGraphResponse$;
    exports.GetDevEndpoint$ = GetDevEndpoint$;
    exports.GetDevEndpointCommand = GetDevEndpointCommand;
    exports.GetDevEndpointRequest$ = GetDevEndpointRequest$;
    exports.GetDevEndpointResponse$ = GetDevEndpointResponse$;
    exports.GetDevEndpoints$ = GetDevEndpoints$;
    exports.GetDevEndpointsCommand = GetDevEndpointsCommand;
    exports.GetDevEndpointsRequest$ = GetDevEndpointsRequest$;
    exports.GetDevEndpointsResponse$ = GetDevEndpointsResponse$;
    exports.GetEntityRecords$ = GetEntityRecords$;
    exports.GetEntityRecordsCommand = GetEntityRecordsCommand;
    exports.GetEntityRecordsRequest$ = GetEntityRecordsRequest$;
    exports.GetEntityRecordsResponse$ = GetEntityRecordsResponse$;
    exports.GetFormType$ = GetFormType$;
    exports.GetFormTypeCommand = GetFormTypeCommand;
    exports.GetFormTypeRequest$ = GetFormTypeRequest$;
    exports.GetFormTypeResponse$ = GetFormTypeResponse$;
    exports.GetGlossary$ = GetGlossary$;
    exports.GetGlossaryCommand = GetGlossaryCommand;
    exports.GetGlossaryRequest$ = GetGlossaryRequest$;
    exports.GetGlossaryResponse$ = GetGlossaryResponse$;
    exports.GetGlossaryTerm$ = GetGlossaryTerm$;
    exports.GetGlossaryTermCommand = GetGlossaryTermCommand;
    exports.GetGlossaryTermRequest$ = GetGlossaryTermRequest$;
    exports.GetGlossaryTermResponse$ = GetGlossaryTermResponse$;
    exports.GetGlueIdentityCenterConfiguration$ = GetGlueIdentityCenterConfiguration$;
    exports.GetGlueIdentityCenterConfigurationCommand = GetGlueIdentityCenterConfigurationCommand;
    exports.GetGlueIdentityCenterConfigurationRequest$ = GetGlueIdentityCenterConfigurationRequest$;
    exports.GetGlueIdentityCenterConfigurationResponse$ = GetGlueIdentityCenterConfigurationResponse$;
    exports.GetIntegrationResourceProperty$ = GetIntegrationResourceProperty$;
    exports.GetIntegrationResourcePropertyCommand = GetIntegrationResourcePropertyCommand;
    exports.GetIntegrationResourcePropertyRequest$ = GetIntegrationResourcePropertyRequest$;
    exports.GetIntegrationResourcePropertyResponse$ = GetIntegrationResourcePropertyResponse$;
    exports.GetIntegrationTableProperties$ = GetIntegrationTableProperties$;
    exports.GetIntegrationTablePropertiesCommand = GetIntegrationTablePropertiesCommand;
    exports.GetIntegrationTablePropertiesRequest$ = GetIntegrationTablePropertiesRequest$;
    exports.GetIntegrationTablePropertiesResponse$ = GetIntegrationTablePropertiesResponse$;
    exports.GetJob$ = GetJob$;
    exports.GetJobBookmark$ = GetJobBookmark$;
    exports.GetJobBookmarkCommand = GetJobBookmarkCommand;
    exports.GetJobBookmarkRequest$ = GetJobBookmarkRequest$;
    exports.GetJobBookmarkResponse$ = GetJobBookmarkResponse$;
    exports.GetJobCommand = GetJobCommand;
    exports.GetJobRequest$ = GetJobRequest$;
    exports.GetJobResponse$ = GetJobResponse$;
    exports.GetJobRun$ = GetJobRun$;
    exports.GetJobRunCommand = GetJobRunCommand;
    exports.GetJobRunRequest$ = GetJobRunRequest$;
    exports.GetJobRunResponse$ = GetJobRunResponse$;
    exports.GetJobRuns$ = GetJobRuns$;
    exports.GetJobRunsCommand = GetJobRunsCommand;
    exports.GetJobRunsRequest$ = GetJobRunsRequest$;
    exports.GetJobRunsResponse$ = GetJobRunsResponse$;
    exports.GetJobUpgradeAnalysis$ = GetJobUpgradeAnalysis$;
    exports.GetJobUpgradeAnalysisCommand = GetJobUpgradeAnalysisCommand;
    exports.GetJobUpgradeAnalysisRequest$ = GetJobUpgradeAnalysisRequest$;
    exports.GetJobUpgradeAnalysisResponse$ = GetJobUpgradeAnalysisResponse$;
    exports.GetJobs$ = GetJobs$;
    exports.GetJobsCommand = GetJobsCommand;
    exports.GetJobsRequest$ = GetJobsRequest$;
    exports.GetJobsResponse$ = GetJobsResponse$;
    exports.GetMLTaskRun$ = GetMLTaskRun$;
    exports.GetMLTaskRunCommand = GetMLTaskRunCommand;
    exports.GetMLTaskRunRequest$ = GetMLTaskRunRequest$;
    exports.GetMLTaskRunResponse$ = GetMLTaskRunResponse$;
    exports.GetMLTaskRuns$ = GetMLTaskRuns$;
    exports.GetMLTaskRunsCommand = GetMLTaskRunsCommand;
    exports.GetMLTaskRunsRequest$ = GetMLTaskRunsRequest$;
    exports.GetMLTaskRunsResponse$ = GetMLTaskRunsResponse$;
    exports.GetMLTransform$ = GetMLTransform$;
    exports.GetMLTransformCommand = GetMLTransformCommand;
    exports.GetMLTransformRequest$ = GetMLTransformRequest$;
    exports.GetMLTransformResponse$ = GetMLTransformResponse$;
    exports.GetMLTransforms$ = GetMLTransforms$;
    exports.GetMLTransformsCommand = GetMLTransformsCommand;
    exports.GetMLTransformsRequest$ = GetMLTransformsRequest$;
    exports.GetMLTransformsResponse$ = GetMLTransformsResponse$;
    exports.GetMapping$ = GetMapping$;
    exports.GetMappingCommand = GetMappingCommand;
    exports.GetMappingRequest$ = GetMappingRequest$;
    exports.GetMappingResponse$ = GetMappingResponse$;
    exports.GetMaterializedViewRefreshTaskRun$ = GetMaterializedViewRefreshTaskRun$;
    exports.GetMaterializedViewRefreshTaskRunCommand = GetMaterializedViewRefreshTaskRunCommand;
    exports.GetMaterializedViewRefreshTaskRunRequest$ = GetMaterializedViewRefreshTaskRunRequest$;
    exports.GetMaterializedViewRefreshTaskRunResponse$ = GetMaterializedViewRefreshTaskRunResponse$;
    exports.GetPartition$ = GetPartition$;
    exports.GetPartitionCommand = GetPartitionCommand;
    exports.GetPartitionIndexes$ = GetPartitionIndexes$;
    exports.GetPartitionIndexesCommand = GetPartitionIndexesCommand;
    exports.GetPartitionIndexesRequest$ = GetPartitionIndexesRequest$;
    exports.GetPartitionIndexesResponse$ = GetPartitionIndexesResponse$;
    exports.GetPartitionRequest$ = GetPartitionRequest$;
    exports.GetPartitionResponse$ = GetPartitionResponse$;
    exports.GetPartitions$ = GetPartitions$;
    exports.GetPartitionsCommand = GetPartitionsCommand;
    exports.GetPartitionsRequest$ = GetPartitionsRequest$;
    exports.GetPartitionsResponse$ = GetPartitionsResponse$;
    exports.GetPlan$ = GetPlan$;
    exports.GetPlanCommand = GetPlanCommand;
    exports.GetPlanRequest$ = GetPlanRequest$;
    exports.GetPlanResponse$ = GetPlanResponse$;
    exports.GetRegistry$ = GetRegistry$;
    exports.GetRegistryCommand = GetRegistryCommand;
    exports.GetRegistryInput$ = GetRegistryInput$;
    exports.GetRegistryResponse$ = GetRegistryResponse$;
    exports.GetResourcePolicies$ = GetResourcePolicies$;
    exports.GetResourcePoliciesCommand = GetResourcePoliciesCommand;
    exports.GetResourcePoliciesRequest$ = GetResourcePoliciesRequest$;
    exports.GetResourcePoliciesResponse$ = GetResourcePoliciesResponse$;
    exports.GetResourcePolicy$ = GetResourcePolicy$;
    exports.GetResourcePolicyCommand = GetResourcePolicyCommand;
    exports.GetResourcePolicyRequest$ = GetResourcePolicyRequest$;
    exports.GetResourcePolicyResponse$ = GetResourcePolicyResponse$;
    exports.GetSchema$ = GetSchema$;
    exports.GetSchemaByDefinition$ = GetSchemaByDefinition$;
    exports.GetSchemaByDefinitionCommand = GetSchemaByDefinitionCommand;
    exports.GetSchemaByDefinitionInput$ = GetSchemaByDefinitionInput$;
    exports.GetSchemaByDefinitionResponse$ = GetSchemaByDefinitionResponse$;
    exports.GetSchemaCommand = GetSchemaCommand;
    exports.GetSchemaInput$ = GetSchemaInput$;
    exports.GetSchemaResponse$ = GetSchemaResponse$;
    exports.GetSchemaVersion$ = GetSchemaVersion$;
    exports.GetSchemaVersionCommand = GetSchemaVersionCommand;
    exports.GetSchemaVersionInput$ = GetSchemaVersionInput$;
    exports.GetSchemaVersionResponse$ = GetSchemaVersionResponse$;
    exports.GetSchemaVersionsDiff$ = GetSchemaVersionsDiff$;
    exports.GetSchemaVersionsDiffCommand = GetSchemaVersionsDiffCommand;
    exports.GetSchemaVersionsDiffInput$ = GetSchemaVersionsDiffInput$;
    exports.GetSchemaVersionsDiffResponse$ = GetSchemaVersionsDiffResponse$;
    exports.GetSecurityConfiguration$ = GetSecurityConfiguration$;
    exports.GetSecurityConfigurationCommand = GetSecurityConfigurationCommand;
    exports.GetSecurityConfigurationRequest$ = GetSecurityConfigurationRequest$;
    exports.GetSecurityConfigurationResponse$ = GetSecurityConfigurationResponse$;
    exports.GetSecurityConfigurations$ = GetSecurityConfigurations$;
    exports.GetSecurityConfigurationsCommand = GetSecurityConfigurationsCommand;
    exports.GetSecurityConfigurationsRequest$ = GetSecurityConfigurationsRequest$;
    exports.GetSecurityConfigurationsResponse$ = GetSecurityConfigurationsResponse$;
    exports.GetSession$ = GetSession$;
    exports.GetSessionCommand = GetSessionCommand;
    exports.GetSessionEndpoint$ = GetSessionEndpoint$;
    exports.GetSessionEndpointCommand = GetSessionEndpointCommand;
    exports.GetSessionEndpointRequest$ = GetSessionEndpointRequest$;
    exports.GetSessionEndpointResponse$ = GetSessionEndpointResponse$;
    exports.GetSessionRequest$ = GetSessionRequest$;
    exports.GetSessionResponse$ = GetSessionResponse$;
    exports.GetStatement$ = GetStatement$;
    exports.GetStatementCommand = GetStatementCommand;
    exports.GetStatementRequest$ = GetStatementRequest$;
    exports.GetStatementResponse$ = GetStatementResponse$;
    exports.GetSystemLogsForJobRun$ = GetSystemLogsForJobRun$;
    exports.GetSystemLogsForJobRunCommand = GetSystemLogsForJobRunCommand;
    exports.GetSystemLogsForJobRunRequest$ = GetSystemLogsForJobRunRequest$;
    exports.GetSystemLogsForJobRunResponse$ = GetSystemLogsForJobRunResponse$;
    exports.GetSystemLogsForSession$ = GetSystemLogsForSession$;
    exports.GetSystemLogsForSessionCommand = GetSystemLogsForSessionCommand;
    exports.GetSystemLogsForSessionRequest$ = GetSystemLogsForSessionRequest$;
    exports.GetSystemLogsForSessionResponse$ = GetSystemLogsForSessionResponse$;
    exports.GetTable$ = GetTable$;
    exports.GetTableCommand = GetTableCommand;
    exports.GetTableOptimizer$ = GetTableOptimizer$;
    exports.GetTableOptimizerCommand = GetTableOptimizerCommand;
    exports.GetTableOptimizerRequest$ = GetTableOptimizerRequest$;
    exports.GetTableOptimizerResponse$ = GetTableOptimizerResponse$;
    exports.GetTableRequest$ = GetTableRequest$;
    exports.GetTableResponse$ = GetTableResponse$;
    exports.GetTableVersion$ = GetTableVersion$;
    exports.GetTableVersionCommand = GetTableVersionCommand;
    exports.GetTableVersionRequest$ = GetTableVersionRequest$;
    exports.GetTableVersionResponse$ = GetTableVersionResponse$;
    exports.GetTableVersions$ = GetTableVersions$;
    exports.GetTableVersionsCommand = GetTableVersionsCommand;
    exports.GetTableVersionsRequest$ = GetTableVersionsRequest$;
    exports.GetTableVersionsResponse$ = GetTableVersionsResponse$;
    exports.GetTables$ = GetTables$;
    exports.GetTablesCommand = GetTablesCommand;
    exports.GetTablesRequest$ = GetTablesRequest$;
    exports.GetTablesResponse$ = GetTablesResponse$;
    exports.GetTags$ = GetTags$;
    exports.GetTagsCommand = GetTagsCommand;
    exports.GetTagsRequest$ = GetTagsRequest$;
    exports.GetTagsResponse$ = GetTagsResponse$;
    exports.GetTrigger$ = GetTrigger$;
    exports.GetTriggerCommand = GetTriggerCommand;
    exports.GetTriggerRequest$ = GetTriggerRequest$;
    exports.GetTriggerResponse$ = GetTriggerResponse$;
    exports.GetTriggers$ = GetTriggers$;
    exports.GetTriggersCommand = GetTriggersCommand;
    exports.GetTriggersRequest$ = GetTriggersRequest$;
    exports.GetTriggersResponse$ = GetTriggersResponse$;
    exports.GetUnfilteredPartitionMetadata$ = GetUnfilteredPartitionMetadata$;
    exports.GetUnfilteredPartitionMetadataCommand = GetUnfilteredPartitionMetadataCommand;
    exports.GetUnfilteredPartitionMetadataRequest$ = GetUnfilteredPartitionMetadataRequest$;
    exports.GetUnfilteredPartitionMetadataResponse$ = GetUnfilteredPartitionMetadataResponse$;
    exports.GetUnfilteredPartitionsMetadata$ = GetUnfilteredPartitionsMetadata$;
    exports.GetUnfilteredPartitionsMetadataCommand = GetUnfilteredPartitionsMetadataCommand;
    exports.GetUnfilteredPartitionsMetadataRequest$ = GetUnfilteredPartitionsMetadataRequest$;
    exports.GetUnfilteredPartitionsMetadataResponse$ = GetUnfilteredPartitionsMetadataResponse$;
    exports.GetUnfilteredTableMetadata$ = GetUnfilteredTableMetadata$;
    exports.GetUnfilteredTableMetadataCommand = GetUnfilteredTableMetadataCommand;
    exports.GetUnfilteredTableMetadataRequest$ = GetUnfilteredTableMetadataRequest$;
    exports.GetUnfilteredTableMetadataResponse$ = GetUnfilteredTableMetadataResponse$;
    exports.GetUsageProfile$ = GetUsageProfile$;
    exports.GetUsageProfileCommand = GetUsageProfileCommand;
    exports.GetUsageProfileRequest$ = GetUsageProfileRequest$;
    exports.GetUsageProfileResponse$ = GetUsageProfileResponse$;
    exports.GetUserDefinedFunction$ = GetUserDefinedFunction$;
    exports.GetUserDefinedFunctionCommand = GetUserDefinedFunctionCommand;
    exports.GetUserDefinedFunctionRequest$ = GetUserDefinedFunctionRequest$;
    exports.GetUserDefinedFunctionResponse$ = GetUserDefinedFunctionResponse$;
    exports.GetUserDefinedFunctions$ = GetUserDefinedFunctions$;
    exports.GetUserDefinedFunctionsCommand = GetUserDefinedFunctionsCommand;
    exports.GetUserDefinedFunctionsRequest$ = GetUserDefinedFunctionsRequest$;
    exports.GetUserDefinedFunctionsResponse$ = GetUserDefinedFunctionsResponse$;
    exports.GetWorkflow$ = GetWorkflow$;
    exports.GetWorkflowCommand = GetWorkflowCommand;
    exports.GetWorkflowRequest$ = GetWorkflowRequest$;
    exports.GetWorkflowResponse$ = GetWorkflowResponse$;
    exports.GetWorkflowRun$ = GetWorkflowRun$;
    exports.GetWorkflowRunCommand = GetWorkflowRunCommand;
    exports.GetWorkflowRunProperties$ = GetWorkflowRunProperties$;
    exports.GetWorkflowRunPropertiesCommand = GetWorkflowRunPropertiesCommand;
    exports.GetWorkflowRunPropertiesRequest$ = GetWorkflowRunPropertiesRequest$;
    exports.GetWorkflowRunPropertiesResponse$ = GetWorkflowRunPropertiesResponse$;
    exports.GetWorkflowRunRequest$ = GetWorkflowRunRequest$;
    exports.GetWorkflowRunResponse$ = GetWorkflowRunResponse$;
    exports.GetWorkflowRuns$ = GetWorkflowRuns$;
    exports.GetWorkflowRunsCommand = GetWorkflowRunsCommand;
    exports.GetWorkflowRunsRequest$ = GetWorkflowRunsRequest$;
    exports.GetWorkflowRunsResponse$ = GetWorkflowRunsResponse$;
    exports.GlossaryItem$ = GlossaryItem$;
    exports.GlossaryTermItem$ = GlossaryTermItem$;
    exports.Glue = Glue;
    exports.GlueClient = GlueClient;
    exports.GlueEncryptionException = GlueEncryptionException;
    exports.GlueEncryptionException$ = GlueEncryptionException$;
    exports.GluePolicy$ = GluePolicy$;
    exports.GlueRecordType = GlueRecordType;
    exports.GlueResourceType = GlueResourceType;
    exports.GlueSchema$ = GlueSchema$;
    exports.GlueServiceException = GlueServiceException;
    exports.GlueServiceException$ = GlueServiceException$;
    exports.GlueStudioSchemaColumn$ = GlueStudioSchemaColumn$;
    exports.GlueTable$ = GlueTable$;
    exports.GovernanceMode = GovernanceMode;
    exports.GovernedCatalogSource$ = GovernedCatalogSource$;
    exports.GovernedCatalogTarget$ = GovernedCatalogTarget$;
    exports.GrokClassifier$ = GrokClassifier$;
    exports.GroupFilters$ = GroupFilters$;
    exports.HTTPMethod = HTTPMethod;
    exports.HudiTarget$ = HudiTarget$;
    exports.HudiTargetCompressionType = HudiTargetCompressionType;
    exports.HyperTargetCompressionType = HyperTargetCompressionType;
    exports.IcebergCompactionConfiguration$ = IcebergCompactionConfiguration$;
    exports.IcebergCompactionMetrics$ = IcebergCompactionMetrics$;
    exports.IcebergEncryptedKey$ = IcebergEncryptedKey$;
    exports.IcebergInput$ = IcebergInput$;
    exports.IcebergNullOrder = IcebergNullOrder;
    exports.IcebergOptimizationProperties$ = IcebergOptimizationProperties$;
    exports.IcebergOptimizationPropertiesOutput$ = IcebergOptimizationPropertiesOutput$;
    exports.IcebergOrphanFileDeletionConfiguration$ = IcebergOrphanFileDeletionConfiguration$;
    exports.IcebergOrphanFileDeletionMetrics$ = IcebergOrphanFileDeletionMetrics$;
    exports.IcebergPartitionField$ = IcebergPartitionField$;
    exports.IcebergPartitionSpec$ = IcebergPartitionSpec$;
    exports.IcebergRetentionConfiguration$ = IcebergRetentionConfiguration$;
    exports.IcebergRetentionMetrics$ = IcebergRetentionMetrics$;
    exports.IcebergSchema$ = IcebergSchema$;
    exports.IcebergSortDirection = IcebergSortDirection;
    exports.IcebergSortField$ = IcebergSortField$;
    exports.IcebergSortOrder$ = IcebergSortOrder$;
    exports.IcebergStructField$ = IcebergStructField$;
    exports.IcebergStructTypeEnum = IcebergStructTypeEnum;
    exports.IcebergTableMetadata$ = IcebergTableMetadata$;
    exports.IcebergTableUpdate$ = IcebergTableUpdate$;
    exports.IcebergTarget$ = IcebergTarget$;
    exports.IcebergTargetCompressionType = IcebergTargetCompressionType;
    exports.IcebergUpdateAction = IcebergUpdateAction;
    exports.IdempotentParameterMismatchException = IdempotentParameterMismatchException;
    exports.IdempotentParameterMismatchException$ = IdempotentParameterMismatchException$;
    exports.IllegalBlueprintStateException = IllegalBlueprintStateException;
    exports.IllegalBlueprintStateException$ = IllegalBlueprintStateException$;
    exports.IllegalSessionStateException = IllegalSessionStateException;
    exports.IllegalSessionStateException$ = IllegalSessionStateException$;
    exports.IllegalWorkflowStateException = IllegalWorkflowStateException;
    exports.IllegalWorkflowStateException$ = IllegalWorkflowStateException$;
    exports.ImportCatalogToGlue$ = ImportCatalogToGlue$;
    exports.ImportCatalogToGlueCommand = ImportCatalogToGlueCommand;
    exports.ImportCatalogToGlueRequest$ = ImportCatalogToGlueRequest$;
    exports.ImportCatalogToGlueResponse$ = ImportCatalogToGlueResponse$;
    exports.ImportLabelsTaskRunProperties$ = ImportLabelsTaskRunProperties$;
    exports.InboundIntegration$ = InboundIntegration$;
    exports.InclusionAnnotationValue = InclusionAnnotationValue;
    exports.Integration$ = Integration$;
    exports.IntegrationConfig$ = IntegrationConfig$;
    exports.IntegrationConflictOperationFault = IntegrationConflictOperationFault;
    exports.IntegrationConflictOperationFault$ = IntegrationConflictOperationFault$;
    exports.IntegrationError$ = IntegrationError$;
    exports.IntegrationFilter$ = IntegrationFilter$;
    exports.IntegrationNotFoundFault = IntegrationNotFoundFault;
    exports.IntegrationNotFoundFault$ = IntegrationNotFoundFault$;
    exports.IntegrationPartition$ = IntegrationPartition$;
    exports.IntegrationQuotaExceededFault = IntegrationQuotaExceededFault;
    exports.IntegrationQuotaExceededFault$ = IntegrationQuotaExceededFault$;
    exports.IntegrationResourceProperty$ = IntegrationResourceProperty$;
    exports.IntegrationResourcePropertyFilter$ = IntegrationResourcePropertyFilter$;
    exports.IntegrationStatus = IntegrationStatus;
    exports.IntegrationTableProperties$ = IntegrationTableProperties$;
    exports.IntegrationTablePropertiesFilter$ = IntegrationTablePropertiesFilter$;
    exports.IntegrationType = IntegrationType;
    exports.InternalServerException = InternalServerException;
    exports.InternalServerException$ = InternalServerException$;
    exports.InternalServiceException = InternalServiceException;
    exports.InternalServiceException$ = InternalServiceException$;
    exports.InvalidInputException = InvalidInputException;
    exports.InvalidInputException$ = InvalidInputException$;
    exports.InvalidIntegrationStateFault = InvalidIntegrationStateFault;
    exports.InvalidIntegrationStateFault$ = InvalidIntegrationStateFault$;
    exports.InvalidStateException = InvalidStateException;
    exports.InvalidStateException$ = InvalidStateException$;
    exports.ItemError$ = ItemError$;
    exports.IterableFormEntry$ = IterableFormEntry$;
    exports.IterableFormItem$ = IterableFormItem$;
    exports.IterableFormListItem$ = IterableFormListItem$;
    exports.JDBCConnectionType = JDBCConnectionType;
    exports.JDBCConnectorOptions$ = JDBCConnectorOptions$;
    exports.JDBCConnectorSource$ = JDBCConnectorSource$;
    exports.JDBCConnectorTarget$ = JDBCConnectorTarget$;
    exports.JDBCDataType = JDBCDataType;
    exports.JWTBearerProperties$ = JWTBearerProperties$;
    exports.JdbcMetadataEntry = JdbcMetadataEntry;
    exports.JdbcTarget$ = JdbcTarget$;
    exports.Job$ = Job$;
    exports.JobBookmarkEntry$ = JobBookmarkEntry$;
    exports.JobBookmarksEncryption$ = JobBookmarksEncryption$;
    exports.JobBookmarksEncryptionMode = JobBookmarksEncryptionMode;
    exports.JobCommand$ = JobCommand$;
    exports.JobMode = JobMode;
    exports.JobNodeDetails$ = JobNodeDetails$;
    exports.JobRun$ = JobRun$;
    exports.JobRunState = JobRunState;
    exports.JobUpdate$ = JobUpdate$;
    exports.Join$ = Join$;
    exports.JoinColumn$ = JoinColumn$;
    exports.JoinType = JoinType;
    exports.JsonClassifier$ = JsonClassifier$;
    exports.KMSKeyNotAccessibleFault = KMSKeyNotAccessibleFault;
    exports.KMSKeyNotAccessibleFault$ = KMSKeyNotAccessibleFault$;
    exports.KafkaStreamingSourceOptions$ = KafkaStreamingSourceOptions$;
    exports.KeySchemaElement$ = KeySchemaElement$;
    exports.KinesisStreamingSourceOptions$ = KinesisStreamingSourceOptions$;
    exports.LabelingSetGenerationTaskRunProperties$ = LabelingSetGenerationTaskRunProperties$;
    exports.LakeFormationConfiguration$ = LakeFormationConfiguration$;
    exports.Language = Language;
    exports.LastActiveDefinition$ = LastActiveDefinition$;
    exports.LastCrawlInfo$ = LastCrawlInfo$;
    exports.LastCrawlStatus = LastCrawlStatus;
    exports.LastRefreshType = LastRefreshType;
    exports.LineageConfiguration$ = LineageConfiguration$;
    exports.ListAssetTypes$ = ListAssetTypes$;
    exports.ListAssetTypesCommand = ListAssetTypesCommand;
    exports.ListAssetTypesRequest$ = ListAssetTypesRequest$;
    exports.ListAssetTypesResponse$ = ListAssetTypesResponse$;
    exports.ListBlueprints$ = ListBlueprints$;
    exports.ListBlueprintsCommand = ListBlueprintsCommand;
    exports.ListBlueprintsRequest$ = ListBlueprintsRequest$;
    exports.ListBlueprintsResponse$ = ListBlueprintsResponse$;
    exports.ListColumnStatisticsTaskRuns$ = ListColumnStatisticsTaskRuns$;
    exports.ListColumnStatisticsTaskRunsCommand = ListColumnStatisticsTaskRunsCommand;
    exports.ListColumnStatisticsTaskRunsRequest$ = ListColumnStatisticsTaskRunsRequest$;
    exports.ListColumnStatisticsTaskRunsResponse$ = ListColumnStatisticsTaskRunsResponse$;
    exports.ListConnectionTypes$ = ListConnectionTypes$;
    exports.ListConnectionTypesCommand = ListConnectionTypesCommand;
    exports.ListConnectionTypesRequest$ = ListConnectionTypesRequest$;
    exports.ListConnectionTypesResponse$ = ListConnectionTypesResponse$;
    exports.ListCrawlers$ = ListCrawlers$;
    exports.ListCrawlersCommand = ListCrawlersCommand;
    exports.ListCrawlersRequest$ = ListCrawlersRequest$;
    exports.ListCrawlersResponse$ = ListCrawlersResponse$;
    exports.ListCrawls$ = ListCrawls$;
    exports.ListCrawlsCommand = ListCrawlsCommand;
    exports.ListCrawlsRequest$ = ListCrawlsRequest$;
    exports.ListCrawlsResponse$ = ListCrawlsResponse$;
    exports.ListCustomEntityTypes$ = ListCustomEntityTypes$;
    exports.ListCustomEntityTypesCommand = ListCustomEntityTypesCommand;
    exports.ListCustomEntityTypesRequest$ = ListCustomEntityTypesRequest$;
    exports.ListCustomEntityTypesResponse$ = ListCustomEntityTypesResponse$;
    exports.ListDataQualityEvaluationConfigs$ = ListDataQualityEvaluationConfigs$;
    exports.ListDataQualityEvaluationConfigsCommand = ListDataQualityEvaluationConfigsCommand;
    exports.ListDataQualityEvaluationConfigsRequest$ = ListDataQualityEvaluationConfigsRequest$;
    exports.ListDataQualityEvaluationConfigsResponse$ = ListDataQualityEvaluationConfigsResponse$;
    exports.ListDataQualityResults$ = ListDataQualityResults$;
    exports.ListDataQualityResultsCommand = ListDataQualityResultsCommand;
    exports.ListDataQualityResultsRequest$ = ListDataQualityResultsRequest$;
    exports.ListDataQualityResultsResponse$ = ListDataQualityResultsResponse$;
    exports.ListDataQualityResultsV2$ = ListDataQualityResultsV2$;
    exports.ListDataQualityResultsV2Command = ListDataQualityResultsV2Command;
    exports.ListDataQualityResultsV2Request$ = ListDataQualityResultsV2Request$;
    exports.ListDataQualityResultsV2Response$ = ListDataQualityResultsV2Response$;
    exports.ListDataQualityRuleRecommendationRuns$ = ListDataQualityRuleRecommendationRuns$;
    exports.ListDataQualityRuleRecommendationRunsCommand = ListDataQualityRuleRecommendationRunsCommand;
    exports.ListDataQualityRuleRecommendationRunsRequest$ = ListDataQualityRuleRecommendationRunsRequest$;
    exports.ListDataQualityRuleRecommendationRunsResponse$ = ListDataQualityRuleRecommendationRunsResponse$;
    exports.ListDataQualityRulesetEvaluationRuns$ = ListDataQualityRulesetEvaluationRuns$;
    exports.ListDataQualityRulesetEvaluationRunsCommand = ListDataQualityRulesetEvaluationRunsCommand;
    exports.ListDataQualityRulesetEvaluationRunsRequest$ = ListDataQualityRulesetEvaluationRunsRequest$;
    exports.ListDataQualityRulesetEvaluationRunsResponse$ = ListDataQualityRulesetEvaluationRunsResponse$;
    exports.ListDataQualityRulesets$ = ListDataQualityRulesets$;
    exports.ListDataQualityRulesetsCommand = ListDataQualityRulesetsCommand;
    exports.ListDataQualityRulesetsRequest$ = ListDataQualityRulesetsRequest$;
    exports.ListDataQualityRulesetsResponse$ = ListDataQualityRulesetsResponse$;
    exports.ListDataQualityStatisticAnnotations$ = ListDataQualityStatisticAnnotations$;
    exports.ListDataQualityStatisticAnnotationsCommand = ListDataQualityStatisticAnnotationsCommand;
    exports.ListDataQualityStatisticAnnotationsRequest$ = ListDataQualityStatisticAnnotationsRequest$;
    exports.ListDataQualityStatisticAnnotationsResponse$ = ListDataQualityStatisticAnnotationsResponse$;
    exports.ListDataQualityStatistics$ = ListDataQualityStatistics$;
    exports.ListDataQualityStatisticsCommand = ListDataQualityStatisticsCommand;
    exports.ListDataQualityStatisticsRequest$ = ListDataQualityStatisticsRequest$;
    exports.ListDataQualityStatisticsResponse$ = ListDataQualityStatisticsResponse$;
    exports.ListDevEndpoints$ = ListDevEndpoints$;
    exports.ListDevEndpointsCommand = ListDevEndpointsCommand;
    exports.ListDevEndpointsRequest$ = ListDevEndpointsRequest$;
    exports.ListDevEndpointsResponse$ = ListDevEndpointsResponse$;
    exports.ListEntities$ = ListEntities$;
    exports.ListEntitiesCommand = ListEntitiesCommand;
    exports.ListEntitiesRequest$ = ListEntitiesRequest$;
    exports.ListEntitiesResponse$ = ListEntitiesResponse$;
    exports.ListFormTypes$ = ListFormTypes$;
    exports.ListFormTypesCommand = ListFormTypesCommand;
    exports.ListFormTypesRequest$ = ListFormTypesRequest$;
    exports.ListFormTypesResponse$ = ListFormTypesResponse$;
    exports.ListGlossaries$ = ListGlossaries$;
    exports.ListGlossariesCommand = ListGlossariesCommand;
    exports.ListGlossariesRequest$ = ListGlossariesRequest$;
    exports.ListGlossariesResponse$ = ListGlossariesResponse$;
    exports.ListGlossaryTerms$ = ListGlossaryTerms$;
    exports.ListGlossaryTermsCommand = ListGlossaryTermsCommand;
    exports.ListGlossaryTermsRequest$ = ListGlossaryTermsRequest$;
    exports.ListGlossaryTermsResponse$ = ListGlossaryTermsResponse$;
    exports.ListIntegrationResourceProperties$ = ListIntegrationResourceProperties$;
    exports.ListIntegrationResourcePropertiesCommand = ListIntegrationResourcePropertiesCommand;
    exports.ListIntegrationResourcePropertiesRequest$ = ListIntegrationResourcePropertiesRequest$;
    exports.ListIntegrationResourcePropertiesResponse$ = ListIntegrationResourcePropertiesResponse$;
    exports.ListIntegrationTableProperties$ = ListIntegrationTableProperties$;
    exports.ListIntegrationTablePropertiesCommand = ListIntegrationTablePropertiesCommand;
    exports.ListIntegrationTablePropertiesRequest$ = ListIntegrationTablePropertiesRequest$;
    exports.ListIntegrationTablePropertiesResponse$ = ListIntegrationTablePropertiesResponse$;
    exports.ListIterableForms$ = ListIterableForms$;
    exports.ListIterableFormsCommand = ListIterableFormsCommand;
    exports.ListIterableFormsRequest$ = ListIterableFormsRequest$;
    exports.ListIterableFormsResponse$ = ListIterableFormsResponse$;
    exports.ListJobs$ = ListJobs$;
    exports.ListJobsCommand = ListJobsCommand;
    exports.ListJobsRequest$ = ListJobsRequest$;
    exports.ListJobsResponse$ = ListJobsResponse$;
    exports.ListMLTransforms$ = ListMLTransforms$;
    exports.ListMLTransformsCommand = ListMLTransformsCommand;
    exports.ListMLTransformsRequest$ = ListMLTransformsRequest$;
    exports.ListMLTransformsResponse$ = ListMLTransformsResponse$;
    exports.ListMaterializedViewRefreshTaskRuns$ = ListMaterializedViewRefreshTaskRuns$;
    exports.ListMaterializedViewRefreshTaskRunsCommand = ListMaterializedViewRefreshTaskRunsCommand;
    exports.ListMaterializedViewRefreshTaskRunsRequest$ = ListMaterializedViewRefreshTaskRunsRequest$;
    exports.ListMaterializedViewRefreshTaskRunsResponse$ = ListMaterializedViewRefreshTaskRunsResponse$;
    exports.ListRegistries$ = ListRegistries$;
    exports.ListRegistriesCommand = ListRegistriesCommand;
    exports.ListRegistriesInput$ = ListRegistriesInput$;
    exports.ListRegistriesResponse$ = ListRegistriesResponse$;
    exports.ListSchemaVersions$ = ListSchemaVersions$;
    exports.ListSchemaVersionsCommand = ListSchemaVersionsCommand;
    exports.ListSchemaVersionsInput$ = ListSchemaVersionsInput$;
    exports.ListSchemaVersionsResponse$ = ListSchemaVersionsResponse$;
    exports.ListSchemas$ = ListSchemas$;
    exports.ListSchemasCommand = ListSchemasCommand;
    exports.ListSchemasInput$ = ListSchemasInput$;
    exports.ListSchemasResponse$ = ListSchemasResponse$;
    exports.ListSessions$ = ListSessions$;
    exports.ListSessionsCommand = ListSessionsCommand;
    exports.ListSessionsRequest$ = ListSessionsRequest$;
    exports.ListSessionsResponse$ = ListSessionsResponse$;
    exports.ListStatements$ = ListStatements$;
    exports.ListStatementsCommand = ListStatementsCommand;
    exports.ListStatementsRequest$ = ListStatementsRequest$;
    exports.ListStatementsResponse$ = ListStatementsResponse$;
    exports.ListTableOptimizerRuns$ = ListTableOptimizerRuns$;
    exports.ListTableOptimizerRunsCommand = ListTableOptimizerRunsCommand;
    exports.ListTableOptimizerRunsRequest$ = ListTableOptimizerRunsRequest$;
    exports.ListTableOptimizerRunsResponse$ = ListTableOptimizerRunsResponse$;
    exports.ListTriggers$ = ListTriggers$;
    exports.ListTriggersCommand = ListTriggersCommand;
    exports.ListTriggersRequest$ = ListTriggersRequest$;
    exports.ListTriggersResponse$ = ListTriggersResponse$;
    exports.ListUsageProfiles$ = ListUsageProfiles$;
    exports.ListUsageProfilesCommand = ListUsageProfilesCommand;
    exports.ListUsageProfilesRequest$ = ListUsageProfilesRequest$;
    exports.ListUsageProfilesResponse$ = ListUsageProfilesResponse$;
    exports.ListWorkflows$ = ListWorkflows$;
    exports.ListWorkflowsCommand = ListWorkflowsCommand;
    exports.ListWorkflowsRequest$ = ListWorkflowsRequest$;
    exports.ListWorkflowsResponse$ = ListWorkflowsResponse$;
    exports.Location$ = Location$;
    exports.Logical = Logical;
    exports.LogicalOperator = LogicalOperator;
    exports.LongColumnStatisticsData$ = LongColumnStatisticsData$;
    exports.MLTransform$ = MLTransform$;
    exports.MLTransformNotReadyException = MLTransformNotReadyException;
    exports.MLTransformNotReadyException$ = MLTransformNotReadyException$;
    exports.MLUserDataEncryption$ = MLUserDataEncryption$;
    exports.MLUserDataEncryptionModeString = MLUserDataEncryptionModeString;
    exports.Mapping$ = Mapping$;
    exports.MappingEntry$ = MappingEntry$;
    exports.MaterializedViewRefreshState = MaterializedViewRefreshState;
    exports.MaterializedViewRefreshTaskNotRunningException = MaterializedViewRefreshTaskNotRunningException;
    exports.MaterializedViewRefreshTaskNotRunningException$ = MaterializedViewRefreshTaskNotRunningException$;
    exports.MaterializedViewRefreshTaskRun$ = MaterializedViewRefreshTaskRun$;
    exports.MaterializedViewRefreshTaskRunningException = MaterializedViewRefreshTaskRunningException;
    exports.MaterializedViewRefreshTaskRunningException$ = MaterializedViewRefreshTaskRunningException$;
    exports.MaterializedViewRefreshTaskStoppingException = MaterializedViewRefreshTaskStoppingException;
    exports.MaterializedViewRefreshTaskStoppingException$ = MaterializedViewRefreshTaskStoppingException$;
    exports.MaterializedViewRefreshType = MaterializedViewRefreshType;
    exports.Merge$ = Merge$;
    exports.MetadataInfo$ = MetadataInfo$;
    exports.MetadataKeyValuePair$ = MetadataKeyValuePair$;
    exports.MetadataOperation = MetadataOperation;
    exports.MetricBasedObservation$ = MetricBasedObservation$;
    exports.MicrosoftSQLServerCatalogSource$ = MicrosoftSQLServerCatalogSource$;
    exports.MicrosoftSQLServerCatalogTarget$ = MicrosoftSQLServerCatalogTarget$;
    exports.ModifyIntegration$ = ModifyIntegration$;
    exports.ModifyIntegrationCommand = ModifyIntegrationCommand;
    exports.ModifyIntegrationRequest$ = ModifyIntegrationRequest$;
    exports.ModifyIntegrationResponse$ = ModifyIntegrationResponse$;
    exports.MongoDBTarget$ = MongoDBTarget$;
    exports.MySQLCatalogSource$ = MySQLCatalogSource$;
    exports.MySQLCatalogTarget$ = MySQLCatalogTarget$;
    exports.NoScheduleException = NoScheduleException;
    exports.NoScheduleException$ = NoScheduleException$;
    exports.Node$ = Node$;
    exports.NodeType = NodeType;
    exports.NotificationProperty$ = NotificationProperty$;
    exports.NullCheckBoxList$ = NullCheckBoxList$;
    exports.NullValueField$ = NullValueField$;
    exports.OAuth2ClientApplication$ = OAuth2ClientApplication$;
    exports.OAuth2Credentials$ = OAuth2Credentials$;
    exports.OAuth2GrantType = OAuth2GrantType;
    exports.OAuth2Properties$ = OAuth2Properties$;
    exports.OAuth2PropertiesInput$ = OAuth2PropertiesInput$;
    exports.ObservationConfiguration = ObservationConfiguration;
    exports.ObservationMode = ObservationMode;
    exports.ObservationResultsOptions$ = ObservationResultsOptions$;
    exports.OffsetConfiguration$ = OffsetConfiguration$;
    exports.OpenTableFormatInput$ = OpenTableFormatInput$;
    exports.OperationNotSupportedException = OperationNotSupportedException;
    exports.OperationNotSupportedException$ = OperationNotSupportedException$;
    exports.OperationTimeoutException = OperationTimeoutException;
    exports.OperationTimeoutException$ = OperationTimeoutException$;
    exports.Option$ = Option$;
    exports.OracleSQLCatalogSource$ = OracleSQLCatalogSource$;
    exports.OracleSQLCatalogTarget$ = OracleSQLCatalogTarget$;
    exports.Order$ = Order$;
    exports.OrphanFileDeletionConfiguration$ = OrphanFileDeletionConfiguration$;
    exports.OrphanFileDeletionMetrics$ = OrphanFileDeletionMetrics$;
    exports.OtherMetadataValueListItem$ = OtherMetadataValueListItem$;
    exports.OverwriteChildResourcePermissionsWithDefaultEnum = OverwriteChildResourcePermissionsWithDefaultEnum;
    exports.PIIDetection$ = PIIDetection$;
    exports.PaginationConfiguration$ = PaginationConfiguration$;
    exports.ParamType = ParamType;
    exports.ParquetCompressionType = ParquetCompressionType;
    exports.Partition$ = Partition$;
    exports.PartitionError$ = PartitionError$;
    exports.PartitionIndex$ = PartitionIndex$;
    exports.PartitionIndexDescriptor$ = PartitionIndexDescriptor$;
    exports.PartitionIndexStatus = PartitionIndexStatus;
    exports.PartitionInput$ = PartitionInput$;
    exports.PartitionValueList$ = PartitionValueList$;
    exports.Permission = Permission;
    exports.PermissionType = PermissionType;
    exports.PermissionTypeMismatchException = PermissionTypeMismatchException;
    exports.PermissionTypeMismatchException$ = PermissionTypeMismatchException$;
    exports.PhysicalConnectionRequirements$ = PhysicalConnectionRequirements$;
    exports.PiiType = PiiType;
    exports.PostgreSQLCatalogSource$ = PostgreSQLCatalogSource$;
    exports.PostgreSQLCatalogTarget$ = PostgreSQLCatalogTarget$;
    exports.Predecessor$ = Predecessor$;
    exports.Predicate$ = Predicate$;
    exports.PrincipalPermissions$ = PrincipalPermissions$;
    exports.PrincipalType = PrincipalType;
    exports.ProfileConfiguration$ = ProfileConfiguration$;
    exports.ProfilingResultsOptions$ = ProfilingResultsOptions$;
    exports.Property$ = Property$;
    exports.PropertyLocation = PropertyLocation;
    exports.PropertyPredicate$ = PropertyPredicate$;
    exports.PropertyType = PropertyType;
    exports.PublishDataQualityResultV2$ = PublishDataQualityResultV2$;
    exports.PublishDataQualityResultV2Command = PublishDataQualityResultV2Command;
    exports.PublishDataQualityResultV2Request$ = PublishDataQualityResultV2Request$;
    exports.PublishDataQualityResultV2Response$ = PublishDataQualityResultV2Response$;
    exports.PutAsset$ = PutAsset$;
    exports.PutAssetCommand = PutAssetCommand;
    exports.PutAssetRequest$ = PutAssetRequest$;
    exports.PutAssetResponse$ = PutAssetResponse$;
    exports.PutAssetType$ = PutAssetType$;
    exports.PutAssetTypeCommand = PutAssetTypeCommand;
    exports.PutAssetTypeRequest$ = PutAssetTypeRequest$;
    exports.PutAssetTypeResponse$ = PutAssetTypeResponse$;
    exports.PutAttachment$ = PutAttachment$;
    exports.PutAttachmentCommand = PutAttachmentCommand;
    exports.PutAttachmentRequest$ = PutAttachmentRequest$;
    exports.PutAttachmentResponse$ = PutAttachmentResponse$;
    exports.PutDataCatalogEncryptionSettings$ = PutDataCatalogEncryptionSettings$;
    exports.PutDataCatalogEncryptionSettingsCommand = PutDataCatalogEncryptionSettingsCommand;
    exports.PutDataCatalogEncryptionSettingsRequest$ = PutDataCatalogEncryptionSettingsRequest$;
    exports.PutDataCatalogEncryptionSettingsResponse$ = PutDataCatalogEncryptionSettingsResponse$;
    exports.PutDataCatalogExportConfiguration$ = PutDataCatalogExportConfiguration$;
    exports.PutDataCatalogExportConfigurationCommand = PutDataCatalogExportConfigurationCommand;
    exports.PutDataCatalogExportConfigurationInput$ = PutDataCatalogExportConfigurationInput$;
    exports.PutDataCatalogExportConfigurationOutput$ = PutDataCatalogExportConfigurationOutput$;
    exports.PutDataQualityProfileAnnotation$ = PutDataQualityProfileAnnotation$;
    exports.PutDataQualityProfileAnnotationCommand = PutDataQualityProfileAnnotationCommand;
    exports.PutDataQualityProfileAnnotationRequest$ = PutDataQualityProfileAnnotationRequest$;
    exports.PutDataQualityProfileAnnotationResponse$ = PutDataQualityProfileAnnotationResponse$;
    exports.PutFormType$ = PutFormType$;
    exports.PutFormTypeCommand = PutFormTypeCommand;
    exports.PutFormTypeRequest$ = PutFormTypeRequest$;
    exports.PutFormTypeResponse$ = PutFormTypeResponse$;
    exports.PutResourcePolicy$ = PutResourcePolicy$;
    exports.PutResourcePolicyCommand = PutResourcePolicyCommand;
    exports.PutResourcePolicyRequest$ = PutResourcePolicyRequest$;
    exports.PutResourcePolicyResponse$ = PutResourcePolicyResponse$;
    exports.PutSchemaVersionMetadata$ = PutSchemaVersionMetadata$;
    exports.PutSchemaVersionMetadataCommand = PutSchemaVersionMetadataCommand;
    exports.PutSchemaVersionMetadataInput$ = PutSchemaVersionMetadataInput$;
    exports.PutSchemaVersionMetadataResponse$ = PutSchemaVersionMetadataResponse$;
    exports.PutWorkflowRunProperties$ = PutWorkflowRunProperties$;
    exports.PutWorkflowRunPropertiesCommand = PutWorkflowRunPropertiesCommand;
    exports.PutWorkflowRunPropertiesRequest$ = PutWorkflowRunPropertiesRequest$;
    exports.PutWorkflowRunPropertiesResponse$ = PutWorkflowRunPropertiesResponse$;
    exports.QuerySchemaVersionMetadata$ = QuerySchemaVersionMetadata$;
    exports.QuerySchemaVersionMetadataCommand = QuerySchemaVersionMetadataCommand;
    exports.QuerySchemaVersionMetadataInput$ = QuerySchemaVersionMetadataInput$;
    exports.QuerySchemaVersionMetadataResponse$ = QuerySchemaVersionMetadataResponse$;
    exports.QuerySessionContext$ = QuerySessionContext$;
    exports.QuoteChar = QuoteChar;
    exports.RLSProperties$ = RLSProperties$;
    exports.Recipe$ = Recipe$;
    exports.RecipeAction$ = RecipeAction$;
    exports.RecipeReference$ = RecipeReference$;
    exports.RecipeStep$ = RecipeStep$;
    exports.RecommendationMode = RecommendationMode;
    exports.RecrawlBehavior = RecrawlBehavior;
    exports.RecrawlPolicy$ = RecrawlPolicy$;
    exports.RedshiftSource$ = RedshiftSource$;
    exports.RedshiftTarget$ = RedshiftTarget$;
    exports.RegisterConnectionType$ = RegisterConnectionType$;
    exports.RegisterConnectionTypeCommand = RegisterConnectionTypeCommand;
    exports.RegisterConnectionTypeRequest$ = RegisterConnectionTypeRequest$;
    exports.RegisterConnectionTypeResponse$ = RegisterConnectionTypeResponse$;
    exports.RegisterSchemaVersion$ = RegisterSchemaVersion$;
    exports.RegisterSchemaVersionCommand = RegisterSchemaVersionCommand;
    exports.RegisterSchemaVersionInput$ = RegisterSchemaVersionInput$;
    exports.RegisterSchemaVersionResponse$ = RegisterSchemaVersionResponse$;
    exports.RegistryId$ = RegistryId$;
    exports.RegistryListItem$ = RegistryListItem$;
    exports.RegistryStatus = RegistryStatus;
    exports.RelationalCatalogSource$ = RelationalCatalogSource$;
    exports.RemoveSchemaVersionMetadata$ = RemoveSchemaVersionMetadata$;
    exports.RemoveSchemaVersionMetadataCommand = RemoveSchemaVersionMetadataCommand;
    exports.RemoveSchemaVersionMetadataInput$ = RemoveSchemaVersionMetadataInput$;
    exports.RemoveSchemaVersionMetadataResponse$ = RemoveSchemaVersionMetadataResponse$;
    exports.RenameField$ = RenameField$;
    exports.ResetJobBookmark$ = ResetJobBookmark$;
    exports.ResetJobBookmarkCommand = ResetJobBookmarkCommand;
    exports.ResetJobBookmarkRequest$ = ResetJobBookmarkRequest$;
    exports.ResetJobBookmarkResponse$ = ResetJobBookmarkResponse$;
    exports.ResourceAction = ResourceAction;
    exports.ResourceNotFoundException = ResourceNotFoundException;
    exports.ResourceNotFoundException$ = ResourceNotFoundException$;
    exports.ResourceNotReadyException = ResourceNotReadyException;
    exports.ResourceNotReadyException$ = ResourceNotReadyException$;
    exports.ResourceNumberLimitExceededException = ResourceNumberLimitExceededException;
    exports.ResourceNumberLimitExceededException$ = ResourceNumberLimitExceededException$;
    exports.ResourceShareType = ResourceShareType;
    exports.ResourceState = ResourceState;
    exports.ResourceType = ResourceType;
    exports.ResourceUri$ = ResourceUri$;
    exports.ResponseConfiguration$ = ResponseConfiguration$;
    exports.ResponseExtractionMapping$ = ResponseExtractionMapping$;
    exports.RestConfiguration$ = RestConfiguration$;
    exports.ResultTypeEnum = ResultTypeEnum;
    exports.ResumeWorkflowRun$ = ResumeWorkflowRun$;
    exports.ResumeWorkflowRunCommand = ResumeWorkflowRunCommand;
    exports.ResumeWorkflowRunRequest$ = ResumeWorkflowRunRequest$;
    exports.ResumeWorkflowRunResponse$ = ResumeWorkflowRunResponse$;
    exports.RetentionConfiguration$ = RetentionConfiguration$;
    exports.RetentionMetrics$ = RetentionMetrics$;
    exports.Route$ = Route$;
    exports.RowLevelResultsOptions$ = RowLevelResultsOptions$;
    exports.RunIdentifier$ = RunIdentifier$;
    exports.RunMetrics$ = RunMetrics$;
    exports.RunStatement$ = RunStatement$;
    exports.RunStatementCommand = RunStatementCommand;
    exports.RunStatementRequest$ = RunStatementRequest$;
    exports.RunStatementResponse$ = RunStatementResponse$;
    exports.S3CatalogDeltaSource$ = S3CatalogDeltaSource$;
    exports.S3CatalogHudiSource$ = S3CatalogHudiSource$;
    exports.S3CatalogIcebergSource$ = S3CatalogIcebergSource$;
    exports.S3CatalogSource$ = S3CatalogSource$;
    exports.S3CatalogTarget$ = S3CatalogTarget$;
    exports.S3CsvSource$ = S3CsvSource$;
    exports.S3DeltaCatalogTarget$ = S3DeltaCatalogTarget$;
    exports.S3DeltaDirectTarget$ = S3DeltaDirectTarget$;
    exports.S3DeltaSource$ = S3DeltaSource$;
    exports.S3DirectSourceAdditionalOptions$ = S3DirectSourceAdditionalOptions$;
    exports.S3DirectTarget$ = S3DirectTarget$;
    exports.S3Encryption$ = S3Encryption$;
    exports.S3EncryptionMode = S3EncryptionMode;
    exports.S3ExcelSource$ = S3ExcelSource$;
    exports.S3GlueParquetTarget$ = S3GlueParquetTarget$;
    exports.S3HudiCatalogTarget$ = S3HudiCatalogTarget$;
    exports.S3HudiDirectTarget$ = S3HudiDirectTarget$;
    exports.S3HudiSource$ = S3HudiSource$;
    exports.S3HyperDirectTarget$ = S3HyperDirectTarget$;
    exports.S3IcebergCatalogTarget$ = S3IcebergCatalogTarget$;
    exports.S3IcebergDirectTarget$ = S3IcebergDirectTarget$;
    exports.S3JsonSource$ = S3JsonSource$;
    exports.S3ParquetSource$ = S3ParquetSource$;
    exports.S3SourceAdditionalOptions$ = S3SourceAdditionalOptions$;
    exports.S3Target$ = S3Target$;
    exports.Schedule$ = Schedule$;
    exports.ScheduleState = ScheduleState;
    exports.ScheduleType = ScheduleType;
    exports.SchedulerNotRunningException = SchedulerNotRunningException;
    exports.SchedulerNotRunningException$ = SchedulerNotRunningException$;
    exports.SchedulerRunningException = SchedulerRunningException;
    exports.SchedulerRunningException$ = SchedulerRunningException$;
    exports.SchedulerTransitioningException = SchedulerTransitioningException;
    exports.SchedulerTransitioningException$ = SchedulerTransitioningException$;
    exports.SchemaChangePolicy$ = SchemaChangePolicy$;
    exports.SchemaColumn$ = SchemaColumn$;
    exports.SchemaDiffType = SchemaDiffType;
    exports.SchemaId$ = SchemaId$;
    exports.SchemaListItem$ = SchemaListItem$;
    exports.SchemaReference$ = SchemaReference$;
    exports.SchemaStatus = SchemaStatus;
    exports.SchemaVersionErrorItem$ = SchemaVersionErrorItem$;
    exports.SchemaVersionListItem$ = SchemaVersionListItem$;
    exports.SchemaVersionNumber$ = SchemaVersionNumber$;
    exports.SchemaVersionStatus = SchemaVersionStatus;
    exports.SearchAssets$ = SearchAssets$;
    exports.SearchAssetsCommand = SearchAssetsCommand;
    exports.SearchAssetsInput$ = SearchAssetsInput$;
    exports.SearchAssetsOutput$ = SearchAssetsOutput$;
    exports.SearchAttributeFilter$ = SearchAttributeFilter$;
    exports.SearchFilterClause$ = SearchFilterClause$;
    exports.SearchFilterOperator = SearchFilterOperator;
    exports.SearchFilterValue$ = SearchFilterValue$;
    exports.SearchMapFilter$ = SearchMapFilter$;
    exports.SearchMapFilterValue$ = SearchMapFilterValue$;
    exports.SearchResultItem$ = SearchResultItem$;
    exports.SearchSort$ = SearchSort$;
    exports.SearchSortOrder = SearchSortOrder;
    exports.SearchTables$ = SearchTables$;
    exports.SearchTablesCommand = SearchTablesCommand;
    exports.SearchTablesRequest$ = SearchTablesRequest$;
    exports.SearchTablesResponse$ = SearchTablesResponse$;
    exports.SecurityConfiguration$ = SecurityConfiguration$;
    exports.Segment$ = Segment$;
    exports.SelectFields$ = SelectFields$;
    exports.SelectFromCollection$ = SelectFromCollection$;
    exports.Separator = Separator;
    exports.SerDeInfo$ = SerDeInfo$;
    exports.Session$ = Session$;
    exports.SessionBusyException = SessionBusyException;
    exports.SessionBusyException$ = SessionBusyException$;
    exports.SessionCommand$ = SessionCommand$;
    exports.SessionEndpoint$ = SessionEndpoint$;
    exports.SessionStatus = SessionStatus;
    exports.SessionType = SessionType;
    exports.SettingSource = SettingSource;
    exports.SkewedInfo$ = SkewedInfo$;
    exports.SnowflakeNodeData$ = SnowflakeNodeData$;
    exports.SnowflakeSource$ = SnowflakeSource$;
    exports.SnowflakeTarget$ = SnowflakeTarget$;
    exports.Sort = Sort;
    exports.SortCriterion$ = SortCriterion$;
    exports.SortDirectionType = SortDirectionType;
    exports.SourceConfiguration$ = SourceConfiguration$;
    exports.SourceControlAuthStrategy = SourceControlAuthStrategy;
    exports.SourceControlDetails$ = SourceControlDetails$;
    exports.SourceControlProvider = SourceControlProvider;
    exports.SourceProcessingProperties$ = SourceProcessingProperties$;
    exports.SourceTableConfig$ = SourceTableConfig$;
    exports.SparkConnectorSource$ = SparkConnectorSource$;
    exports.SparkConnectorTarget$ = SparkConnectorTarget$;
    exports.SparkSQL$ = SparkSQL$;
    exports.Spigot$ = Spigot$;
    exports.SplitFields$ = SplitFields$;
    exports.SqlAlias$ = SqlAlias$;
    exports.StartBlueprintRun$ = StartBlueprintRun$;
    exports.StartBlueprintRunCommand = StartBlueprintRunCommand;
    exports.StartBlueprintRunRequest$ = StartBlueprintRunRequest$;
    exports.StartBlueprintRunResponse$ = StartBlueprintRunResponse$;
    exports.StartColumnStatisticsTaskRun$ = StartColumnStatisticsTaskRun$;
    exports.StartColumnStatisticsTaskRunCommand = StartColumnStatisticsTaskRunCommand;
    exports.StartColumnStatisticsTaskRunRequest$ = StartColumnStatisticsTaskRunRequest$;
    exports.StartColumnStatisticsTaskRunResponse$ = StartColumnStatisticsTaskRunResponse$;
    exports.StartColumnStatisticsTaskRunSchedule$ = StartColumnStatisticsTaskRunSchedule$;
    exports.StartColumnStatisticsTaskRunScheduleCommand = StartColumnStatisticsTaskRunScheduleCommand;
    exports.StartColumnStatisticsTaskRunScheduleRequest$ = StartColumnStatisticsTaskRunScheduleRequest$;
    exports.StartColumnStatisticsTaskRunScheduleResponse$ = StartColumnStatisticsTaskRunScheduleResponse$;
    exports.StartCrawler$ = StartCrawler$;
    exports.StartCrawlerCommand = StartCrawlerCommand;
    exports.StartCrawlerRequest$ = StartCrawlerRequest$;
    exports.StartCrawlerResponse$ = StartCrawlerResponse$;
    exports.StartCrawlerSchedule$ = StartCrawlerSchedule$;
    exports.StartCrawlerScheduleCommand = StartCrawlerScheduleCommand;
    exports.StartCrawlerScheduleRequest$ = StartCrawlerScheduleRequest$;
    exports.StartCrawlerScheduleResponse$ = StartCrawlerScheduleResponse$;
    exports.StartDataQualityRuleRecommendationRun$ = StartDataQualityRuleRecommendationRun$;
    exports.StartDataQualityRuleRecommendationRunCommand = StartDataQualityRuleRecommendationRunCommand;
    exports.StartDataQualityRuleRecommendationRunRequest$ = StartDataQualityRuleRecommendationRunRequest$;
    exports.StartDataQualityRuleRecommendationRunResponse$ = StartDataQualityRuleRecommendationRunResponse$;
    exports.StartDataQualityRulesetEvaluationRun$ = StartDataQualityRulesetEvaluationRun$;
    exports.StartDataQualityRulesetEvaluationRunCommand = StartDataQualityRulesetEvaluationRunCommand;
    exports.StartDataQualityRulesetEvaluationRunRequest$ = StartDataQualityRulesetEvaluationRunRequest$;
    exports.StartDataQualityRulesetEvaluationRunResponse$ = StartDataQualityRulesetEvaluationRunResponse$;
    exports.StartExportLabelsTaskRun$ = StartExportLabelsTaskRun$;
    exports.StartExportLabelsTaskRunCommand = StartExportLabelsTaskRunCommand;
    exports.StartExportLabelsTaskRunRequest$ = StartExportLabelsTaskRunRequest$;
    exports.StartExportLabelsTaskRunResponse$ = StartExportLabelsTaskRunResponse$;
    exports.StartImportLabelsTaskRun$ = StartImportLabelsTaskRun$;
    exports.StartImportLabelsTaskRunCommand = StartImportLabelsTaskRunCommand;
    exports.StartImportLabelsTaskRunRequest$ = StartImportLabelsTaskRunRequest$;
    exports.StartImportLabelsTaskRunResponse$ = StartImportLabelsTaskRunResponse$;
    exports.StartJobRun$ = StartJobRun$;
    exports.StartJobRunCommand = StartJobRunCommand;
    exports.StartJobRunRequest$ = StartJobRunRequest$;
    exports.StartJobRunResponse$ = StartJobRunResponse$;
    exports.StartJobUpgradeAnalysis$ = StartJobUpgradeAnalysis$;
    exports.StartJobUpgradeAnalysisCommand = StartJobUpgradeAnalysisCommand;
    exports.StartJobUpgradeAnalysisRequest$ = StartJobUpgradeAnalysisRequest$;
    exports.StartJobUpgradeAnalysisResponse$ = StartJobUpgradeAnalysisResponse$;
    exports.StartMLEvaluationTaskRun$ = StartMLEvaluationTaskRun$;
    exports.StartMLEvaluationTaskRunCommand = StartMLEvaluationTaskRunCommand;
    exports.StartMLEvaluationTaskRunRequest$ = StartMLEvaluationTaskRunRequest$;
    exports.StartMLEvaluationTaskRunResponse$ = StartMLEvaluationTaskRunResponse$;
    exports.StartMLLabelingSetGenerationTaskRun$ = StartMLLabelingSetGenerationTaskRun$;
    exports.StartMLLabelingSetGenerationTaskRunCommand = StartMLLabelingSetGenerationTaskRunCommand;
    exports.StartMLLabelingSetGenerationTaskRunRequest$ = StartMLLabelingSetGenerationTaskRunRequest$;
    exports.StartMLLabelingSetGenerationTaskRunResponse$ = StartMLLabelingSetGenerationTaskRunResponse$;
    exports.StartMaterializedViewRefreshTaskRun$ = StartMaterializedViewRefreshTaskRun$;
    exports.StartMaterializedViewRefreshTaskRunCommand = StartMaterializedViewRefreshTaskRunCommand;
    exports.StartMaterializedViewRefreshTaskRunRequest$ = StartMaterializedViewRefreshTaskRunRequest$;
    exports.StartMaterializedViewRefreshTaskRunResponse$ = StartMaterializedViewRefreshTaskRunResponse$;
    exports.StartTrigger$ = StartTrigger$;
    exports.StartTriggerCommand = StartTriggerCommand;
    exports.StartTriggerRequest$ = StartTriggerRequest$;
    exports.StartTriggerResponse$ = StartTriggerResponse$;
    exports.StartWorkflowRun$ = StartWorkflowRun$;
    exports.StartWorkflowRunCommand = StartWorkflowRunCommand;
    exports.StartWorkflowRunRequest$ = StartWorkflowRunRequest$;
    exports.StartWorkflowRunResponse$ = StartWorkflowRunResponse$;
    exports.StartingEventBatchCondition$ = StartingEventBatchCondition$;
    exports.StartingPosition = StartingPosition;
    exports.Statement$ = Statement$;
    exports.StatementOutput$ = StatementOutput$;
    exports.StatementOutputData$ = StatementOutputData$;
    exports.StatementState = StatementState;
    exports.StatisticAnnotation$ = StatisticAnnotation$;
    exports.StatisticEvaluationLevel = StatisticEvaluationLevel;
    exports.StatisticModelResult$ = StatisticModelResult$;
    exports.StatisticSummary$ = StatisticSummary$;
    exports.Status = Status;
    exports.StatusDetails$ = StatusDetails$;
    exports.StopColumnStatisticsTaskRun$ = StopColumnStatisticsTaskRun$;
    exports.StopColumnStatisticsTaskRunCommand = StopColumnStatisticsTaskRunCommand;
    exports.StopColumnStatisticsTaskRunRequest$ = StopColumnStatisticsTaskRunRequest$;
    exports.StopColumnStatisticsTaskRunResponse$ = StopColumnStatisticsTaskRunResponse$;
    exports.StopColumnStatisticsTaskRunSchedule$ = StopColumnStatisticsTaskRunSchedule$;
    exports.StopColumnStatisticsTaskRunScheduleCommand = StopColumnStatisticsTaskRunScheduleCommand;
    exports.StopColumnStatisticsTaskRunScheduleRequest$ = StopColumnStatisticsTaskRunScheduleRequest$;
    exports.StopColumnStatisticsTaskRunScheduleResponse$ = StopColumnStatisticsTaskRunScheduleResponse$;
    exports.StopCrawler$ = StopCrawler$;
    exports.StopCrawlerCommand = StopCrawlerCommand;
    exports.StopCrawlerRequest$ = StopCrawlerRequest$;
    exports.StopCrawlerResponse$ = StopCrawlerResponse$;
    exports.StopCrawlerSchedule$ = StopCrawlerSchedule$;
    exports.StopCrawlerScheduleCommand = StopCrawlerScheduleCommand;
    exports.StopCrawlerScheduleRequest$ = StopCrawlerScheduleRequest$;
    exports.StopCrawlerScheduleResponse$ = StopCrawlerScheduleResponse$;
    exports.StopJobUpgradeAnalysis$ = StopJobUpgradeAnalysis$;
    exports.StopJobUpgradeAnalysisCommand = StopJobUpgradeAnalysisCommand;
    exports.StopJobUpgradeAnalysisRequest$ = StopJobUpgradeAnalysisRequest$;
    exports.StopJobUpgradeAnalysisResponse$ = StopJobUpgradeAnalysisResponse$;
    exports.StopMaterializedViewRefreshTaskRun$ = StopMaterializedViewRefreshTaskRun$;
    exports.StopMaterializedViewRefreshTaskRunCommand = StopMaterializedViewRefreshTaskRunCommand;
    exports.StopMaterializedViewRefreshTaskRunRequest$ = StopMaterializedViewRefreshTaskRunRequest$;
    exports.StopMaterializedViewRefreshTaskRunResponse$ = StopMaterializedViewRefreshTaskRunResponse$;
    exports.StopSession$ = StopSession$;
    exports.StopSessionCommand = StopSessionCommand;
    exports.StopSessionRequest$ = StopSessionRequest$;
    exports.StopSessionResponse$ = StopSessionResponse$;
    exports.StopTrigger$ = StopTrigger$;
    exports.StopTriggerCommand = StopTriggerCommand;
    exports.StopTriggerRequest$ = StopTriggerRequest$;
    exports.StopTriggerResponse$ = StopTriggerResponse$;
    exports.StopWorkflowRun$ = StopWorkflowRun$;
    exports.StopWorkflowRunCommand = StopWorkflowRunCommand;
    exports.StopWorkflowRunRequest$ = StopWorkflowRunRequest$;
    exports.StopWorkflowRunResponse$ = StopWorkflowRunResponse$;
    exports.StorageDescriptor$ = StorageDescriptor$;
    exports.StreamingDataPreviewOptions$ = StreamingDataPreviewOptions$;
    exports.StringColumnStatisticsData$ = StringColumnStatisticsData$;
    exports.SubObjectSourceType = SubObjectSourceType;
    exports.SubObjectStatistics$ = SubObjectStatistics$;
    exports.SupportedDialect$ = SupportedDialect$;
    exports.Table$ = Table$;
    exports.TableAttributes = TableAttributes;
    exports.TableError$ = TableError$;
    exports.TableIdentifier$ = TableIdentifier$;
    exports.TableInput$ = TableInput$;
    exports.TableOptimizer$ = TableOptimizer$;
    exports.TableOptimizerConfiguration$ = TableOptimizerConfiguration$;
    exports.TableOptimizerEventType = TableOptimizerEventType;
    exports.TableOptimizerRun$ = TableOptimizerRun$;
    exports.TableOptimizerType = TableOptimizerType;
    exports.TableOptimizerVpcConfiguration$ = TableOptimizerVpcConfiguration$;
    exports.TableResourceShareType = TableResourceShareType;
    exports.TableStatus$ = TableStatus$;
    exports.TableVersion$ = TableVersion$;
    exports.TableVersionError$ = TableVersionError$;
    exports.Tag$ = Tag$;
    exports.TagResource$ = TagResource$;
    exports.TagResourceCommand = TagResourceCommand;
    exports.TagResourceRequest$ = TagResourceRequest$;
    exports.TagResourceResponse$ = TagResourceResponse$;
    exports.TargetFormat = TargetFormat;
    exports.TargetProcessingProperties$ = TargetProcessingProperties$;
    exports.TargetRedshiftCatalog$ = TargetRedshiftCatalog$;
    exports.TargetResourceNotFound = TargetResourceNotFound;
    exports.TargetResourceNotFound$ = TargetResourceNotFound$;
    exports.TargetTableConfig$ = TargetTableConfig$;
    exports.TaskRun$ = TaskRun$;
    exports.TaskRunFilterCriteria$ = TaskRunFilterCriteria$;
    exports.TaskRunProperties$ = TaskRunProperties$;
    exports.TaskRunSortColumnType = TaskRunSortColumnType;
    exports.TaskRunSortCriteria$ = TaskRunSortCriteria$;
    exports.TaskStatusType = TaskStatusType;
    exports.TaskType = TaskType;
    exports.TestConnection$ = TestConnection$;
    exports.TestConnectionCommand = TestConnectionCommand;
    exports.TestConnectionInput$ = TestConnectionInput$;
    exports.TestConnectionRequest$ = TestConnectionRequest$;
    exports.TestConnectionResponse$ = TestConnectionResponse$;
    exports.ThrottlingException = ThrottlingException;
    exports.ThrottlingException$ = ThrottlingException$;
    exports.TimestampFilter$ = TimestampFilter$;
    exports.TimestampedInclusionAnnotation$ = TimestampedInclusionAnnotation$;
    exports.TransformConfigParameter$ = TransformConfigParameter$;
    exports.TransformEncryption$ = TransformEncryption$;
    exports.TransformFilterCriteria$ = TransformFilterCriteria$;
    exports.TransformParameters$ = TransformParameters$;
    exports.TransformSortColumnType = TransformSortColumnType;
    exports.TransformSortCriteria$ = TransformSortCriteria$;
    exports.TransformStatusType = TransformStatusType;
    exports.TransformType = TransformType;
    exports.Trigger$ = Trigger$;
    exports.TriggerNodeDetails$ = TriggerNodeDetails$;
    exports.TriggerState = TriggerState;
    exports.TriggerType = TriggerType;
    exports.TriggerUpdate$ = TriggerUpdate$;
    exports.UnfilteredPartition$ = UnfilteredPartition$;
    exports.Union$ = Union$;
    exports.UnionType = UnionType;
    exports.UnnestSpec = UnnestSpec;
    exports.UntagResource$ = UntagResource$;
    exports.UntagResourceCommand = UntagResourceCommand;
    exports.UntagResourceRequest$ = UntagResourceRequest$;
    exports.UntagResourceResponse$ = UntagResourceResponse$;
    exports.UpdateAsset$ = UpdateAsset$;
    exports.UpdateAssetCommand = UpdateAssetCommand;
    exports.UpdateAssetRequest$ = UpdateAssetRequest$;
    exports.UpdateAssetResponse$ = UpdateAssetResponse$;
    exports.UpdateBehavior = UpdateBehavior;
    exports.UpdateBlueprint$ = UpdateBlueprint$;
    exports.UpdateBlueprintCommand = UpdateBlueprintCommand;
    exports.UpdateBlueprintRequest$ = UpdateBlueprintRequest$;
    exports.UpdateBlueprintResponse$ = UpdateBlueprintResponse$;
    exports.UpdateCatalog$ = UpdateCatalog$;
    exports.UpdateCatalogBehavior = UpdateCatalogBehavior;
    exports.UpdateCatalogCommand = UpdateCatalogCommand;
    exports.UpdateCatalogRequest$ = UpdateCatalogRequest$;
    exports.UpdateCatalogResponse$ = UpdateCatalogResponse$;
    exports.UpdateClassifier$ = UpdateClassifier$;
    exports.UpdateClassifierCommand = UpdateClassifierCommand;
    exports.UpdateClassifierRequest$ = UpdateClassifierRequest$;
    exports.UpdateClassifierResponse$ = UpdateClassifierResponse$;
    exports.UpdateColumnStatisticsForPartition$ = UpdateColumnStatisticsForPartition$;
    exports.UpdateColumnStatisticsForPartitionCommand = UpdateColumnStatisticsForPartitionCommand;
    exports.UpdateColumnStatisticsForPartitionRequest$ = UpdateColumnStatisticsForPartitionRequest$;
    exports.UpdateColumnStatisticsForPartitionResponse$ = UpdateColumnStatisticsForPartitionResponse$;
    exports.UpdateColumnStatisticsForTable$ = UpdateColumnStatisticsForTable$;
    exports.UpdateColumnStatisticsForTableCommand = UpdateColumnStatisticsForTableCommand;
    exports.UpdateColumnStatisticsForTableRequest$ = UpdateColumnStatisticsForTableRequest$;
    exports.UpdateColumnStatisticsForTableResponse$ = UpdateColumnStatisticsForTableResponse$;
    exports.UpdateColumnStatisticsTaskSettings$ = UpdateColumnStatisticsTaskSettings$;
    exports.UpdateColumnStatisticsTaskSettingsCommand = UpdateColumnStatisticsTaskSettingsCommand;
    exports.UpdateColumnStatisticsTaskSettingsRequest$ = UpdateColumnStatisticsTaskSettingsRequest$;
    exports.UpdateColumnStatisticsTaskSettingsResponse$ = UpdateColumnStatisticsTaskSettingsResponse$;
    exports.UpdateConnection$ = UpdateConnection$;
    exports.UpdateConnectionCommand = UpdateConnectionCommand;
    exports.UpdateConnectionRequest$ = UpdateConnectionRequest$;
    exports.UpdateConnectionResponse$ = UpdateConnectionResponse$;
    exports.UpdateCrawler$ = UpdateCrawler$;
    exports.UpdateCrawlerCommand = UpdateCrawlerCommand;
    exports.UpdateCrawlerRequest$ = UpdateCrawlerRequest$;
    exports.UpdateCrawlerResponse$ = UpdateCrawlerResponse$;
    exports.UpdateCrawlerSchedule$ = UpdateCrawlerSchedule$;
    exports.UpdateCrawlerScheduleCommand = UpdateCrawlerScheduleCommand;
    exports.UpdateCrawlerScheduleRequest$ = UpdateCrawlerScheduleRequest$;
    exports.UpdateCrawlerScheduleResponse$ = UpdateCrawlerScheduleResponse$;
    exports.UpdateCsvClassifierRequest$ = UpdateCsvClassifierRequest$;
    exports.UpdateDataQualityEvaluationConfig$ = UpdateDataQualityEvaluationConfig$;
    exports.UpdateDataQualityEvaluationConfigCommand = UpdateDataQualityEvaluationConfigCommand;
    exports.UpdateDataQualityEvaluationConfigRequest$ = UpdateDataQualityEvaluationConfigRequest$;
    exports.UpdateDataQualityEvaluationConfigResponse$ = UpdateDataQualityEvaluationConfigResponse$;
    exports.UpdateDataQualityRuleset$ = UpdateDataQualityRuleset$;
    exports.UpdateDataQualityRulesetCommand = UpdateDataQualityRulesetCommand;
    exports.UpdateDataQualityRulesetRequest$ = UpdateDataQualityRulesetRequest$;
    exports.UpdateDataQualityRulesetResponse$ = UpdateDataQualityRulesetResponse$;
    exports.UpdateDatabase$ = UpdateDatabase$;
    exports.UpdateDatabaseCommand = UpdateDatabaseCommand;
    exports.UpdateDatabaseRequest$ = UpdateDatabaseRequest$;
    exports.UpdateDatabaseResponse$ = UpdateDatabaseResponse$;
    exports.UpdateDevEndpoint$ = UpdateDevEndpoint$;
    exports.UpdateDevEndpointCommand = UpdateDevEndpointCommand;
    exports.UpdateDevEndpointRequest$ = UpdateDevEndpointRequest$;
    exports.UpdateDevEndpointResponse$ = UpdateDevEndpointResponse$;
    exports.UpdateGlossary$ = UpdateGlossary$;
    exports.UpdateGlossaryCommand = UpdateGlossaryCommand;
    exports.UpdateGlossaryRequest$ = UpdateGlossaryRequest$;
    exports.UpdateGlossaryResponse$ = UpdateGlossaryResponse$;
    exports.UpdateGlossaryTerm$ = UpdateGlossaryTerm$;
    exports.UpdateGlossaryTermCommand = UpdateGlossaryTermCommand;
    exports.UpdateGlossaryTermRequest$ = UpdateGlossaryTermRequest$;
    exports.UpdateGlossaryTermResponse$ = UpdateGlossaryTermResponse$;
    exports.UpdateGlueIdentityCenterConfiguration$ = UpdateGlueIdentityCenterConfiguration$;
    exports.UpdateGlueIdentityCenterConfigurationCommand = UpdateGlueIdentityCenterConfigurationCommand;
    exports.UpdateGlueIdentityCenterConfigurationRequest$ = UpdateGlueIdentityCenterConfigurationRequest$;
    exports.UpdateGlueIdentityCenterConfigurationResponse$ = UpdateGlueIdentityCenterConfigurationResponse$;
    exports.UpdateGrokClassifierRequest$ = UpdateGrokClassifierRequest$;
    exports.UpdateIcebergInput$ = UpdateIcebergInput$;
    exports.UpdateIcebergTableInput$ = UpdateIcebergTableInput$;
    exports.UpdateIntegrationResourceProperty$ = UpdateIntegrationResourceProperty$;
    exports.UpdateIntegrationResourcePropertyCommand = UpdateIntegrationResourcePropertyCommand;
    exports.UpdateIntegrationResourcePropertyRequest$ = UpdateIntegrationResourcePropertyRequest$;
    exports.UpdateIntegrationResourcePropertyResponse$ = UpdateIntegrationResourcePropertyResponse$;
    exports.UpdateIntegrationTableProperties$ = UpdateIntegrationTableProperties$;
    exports.UpdateIntegrationTablePropertiesCommand = UpdateIntegrationTablePropertiesCommand;
    exports.UpdateIntegrationTablePropertiesRequest$ = UpdateIntegrationTablePropertiesRequest$;
    exports.UpdateIntegrationTablePropertiesResponse$ = UpdateIntegrationTablePropertiesResponse$;
    exports.UpdateJob$ = UpdateJob$;
    exports.UpdateJobCommand = UpdateJobCommand;
    exports.UpdateJobFromSourceControl$ = UpdateJobFromSourceControl$;
    exports.UpdateJobFromSourceControlCommand = UpdateJobFromSourceControlCommand;
    exports.UpdateJobFromSourceControlRequest$ = UpdateJobFromSourceControlRequest$;
    exports.UpdateJobFromSourceControlResponse$ = UpdateJobFromSourceControlResponse$;
    exports.UpdateJobRequest$ = UpdateJobRequest$;
    exports.UpdateJobResponse$ = UpdateJobResponse$;
    exports.UpdateJsonClassifierRequest$ = UpdateJsonClassifierRequest$;
    exports.UpdateMLTransform$ = UpdateMLTransform$;
    exports.UpdateMLTransformCommand = UpdateMLTransformCommand;
    exports.UpdateMLTransformRequest$ = UpdateMLTransformRequest$;
    exports.UpdateMLTransformResponse$ = UpdateMLTransformResponse$;
    exports.UpdateOpenTableFormatInput$ = UpdateOpenTableFormatInput$;
    exports.UpdatePartition$ = UpdatePartition$;
    exports.UpdatePartitionCommand = UpdatePartitionCommand;
    exports.UpdatePartitionRequest$ = UpdatePartitionRequest$;
    exports.UpdatePartitionResponse$ = UpdatePartitionResponse$;
    exports.UpdateRegistry$ = UpdateRegistry$;
    exports.UpdateRegistryCommand = UpdateRegistryCommand;
    exports.UpdateRegistryInput$ = UpdateRegistryInput$;
    exports.UpdateRegistryResponse$ = UpdateRegistryResponse$;
    exports.UpdateSchema$ = UpdateSchema$;
    exports.UpdateSchemaCommand = UpdateSchemaCommand;
    exports.UpdateSchemaInput$ = UpdateSchemaInput$;
    exports.UpdateSchemaResponse$ = UpdateSchemaResponse$;
    exports.UpdateSourceControlFromJob$ = UpdateSourceControlFromJob$;
    exports.UpdateSourceControlFromJobCommand = UpdateSourceControlFromJobCommand;
    exports.UpdateSourceControlFromJobRequest$ = UpdateSourceControlFromJobRequest$;
    exports.UpdateSourceControlFromJobResponse$ = UpdateSourceControlFromJobResponse$;
    exports.UpdateTable$ = UpdateTable$;
    exports.UpdateTableCommand = UpdateTableCommand;
    exports.UpdateTableOptimizer$ = UpdateTableOptimizer$;
    exports.UpdateTableOptimizerCommand = UpdateTableOptimizerCommand;
    exports.UpdateTableOptimizerRequest$ = UpdateTableOptimizerRequest$;
    exports.UpdateTableOptimizerResponse$ = UpdateTableOptimizerResponse$;
    exports.UpdateTableRequest$ = UpdateTableRequest$;
    exports.UpdateTableResponse$ = UpdateTableResponse$;
    exports.UpdateTrigger$ = UpdateTrigger$;
    exports.UpdateTriggerCommand = UpdateTriggerCommand;
    exports.UpdateTriggerRequest$ = UpdateTriggerRequest$;
    exports.UpdateTriggerResponse$ = UpdateTriggerResponse$;
    exports.UpdateUsageProfile$ = UpdateUsageProfile$;
    exports.UpdateUsageProfileCommand = UpdateUsageProfileCommand;
    exports.UpdateUsageProfileRequest$ = UpdateUsageProfileRequest$;
    exports.UpdateUsageProfileResponse$ = UpdateUsageProfileResponse$;
    exports.UpdateUserDefinedFunction$ = UpdateUserDefinedFunction$;
    exports.UpdateUserDefinedFunctionCommand = UpdateUserDefinedFunctionCommand;
    exports.UpdateUserDefinedFunctionRequest$ = UpdateUserDefinedFunctionRequest$;
    exports.UpdateUserDefinedFunctionResponse$ = UpdateUserDefinedFunctionResponse$;
    exports.UpdateWorkflow$ = UpdateWorkflow$;
    exports.UpdateWorkflowCommand = UpdateWorkflowCommand;
    exports.UpdateWorkflowRequest$ = UpdateWorkflowRequest$;
    exports.UpdateWorkflowResponse$ = UpdateWorkflowResponse$;
    exports.UpdateXMLClassifierRequest$ = UpdateXMLClassifierRequest$;
    exports.UpgradeConsent = UpgradeConsent;
    exports.UpsertRedshiftTargetOptions$ = UpsertRedshiftTargetOptions$;
    exports.UsageProfileDefinition$ = UsageProfileDefinition$;
    exports.UserDefinedFunction$ = UserDefinedFunction$;
    exports.UserDefinedFunctionInput$ = UserDefinedFunctionInput$;
    exports.ValidationException = ValidationException;
    exports.ValidationException$ = ValidationException$;
    exports.VersionMismatchException = VersionMismatchException;
    exports.VersionMismatchException$ = VersionMismatchException$;
    exports.ViewDefinition$ = ViewDefinition$;
    exports.ViewDefinitionInput$ = ViewDefinitionInput$;
    exports.ViewDialect = ViewDialect;
    exports.ViewRepresentation$ = ViewRepresentation$;
    exports.ViewRepresentationInput$ = ViewRepresentationInput$;
    exports.ViewUpdateAction = ViewUpdateAction;
    exports.ViewValidation$ = ViewValidation$;
    exports.WorkerType = WorkerType;
    exports.Workflow$ = Workflow$;
    exports.WorkflowGraph$ = WorkflowGraph$;
    exports.WorkflowRun$ = WorkflowRun$;
    exports.WorkflowRunStatistics$ = WorkflowRunStatistics$;
    exports.WorkflowRunStatus = WorkflowRunStatus;
    exports.XMLClassifier$ = XMLClassifier$;
    exports.errorTypeRegistries = errorTypeRegistries;
    exports.paginateDescribeEntity = paginateDescribeEntity;
    exports.paginateGetBlueprintRuns = paginateGetBlueprintRuns;
    exports.paginateGetClassifiers = paginateGetClassifiers;
    exports.paginateGetColumnStatisticsTaskRuns = paginateGetColumnStatisticsTaskRuns;
    exports.paginateGetConnections = paginateGetConnections;
    exports.paginateGetCrawlerMetrics = paginateGetCrawlerMetrics;
    exports.paginateGetCrawlers = paginateGetCrawlers;
    exports.paginateGetDatabases = paginateGetDatabases;
    exports.paginateGetDevEndpoints = paginateGetDevEndpoints;
    exports.paginateGetJobRuns = paginateGetJobRuns;
    exports.paginateGetJobs = paginateGetJobs;
    exports.paginateGetMLTaskRuns = paginateGetMLTaskRuns;
    exports.paginateGetMLTransforms = paginateGetMLTransforms;
    exports.paginateGetPartitionIndexes = paginateGetPartitionIndexes;
    exports.paginateGetPartitions = paginateGetPartitions;
    exports.paginateGetResourcePolicies = paginateGetResourcePolicies;
    exports.paginateGetSecurityConfigurations = paginateGetSecurityConfigurations;
    exports.paginateGetTableVersions = paginateGetTableVersions;
    exports.paginateGetTables = paginateGetTables;
    exports.paginateGetTriggers = paginateGetTriggers;
    exports.paginateGetUnfilteredPartitionsMetadata = paginateGetUnfilteredPartitionsMetadata;
    exports.paginateGetUserDefinedFunctions = paginateGetUserDefinedFunctions;
    exports.paginateGetWorkflowRuns = paginateGetWorkflowRuns;
    exports.paginateListAssetTypes = paginateListAssetTypes;
    exports.paginateListBlueprints = paginateListBlueprints;
    exports.paginateListColumnStatisticsTaskRuns = paginateListColumnStatisticsTaskRuns;
    exports.paginateListConnectionTypes = paginateListConnectionTypes;
    exports.paginateListCrawlers = paginateListCrawlers;
    exports.paginateListCustomEntityTypes = paginateListCustomEntityTypes;
    exports.paginateListDataQualityEvaluationConfigs = paginateListDataQualityEvaluationConfigs;
    exports.paginateListDataQualityResults = paginateListDataQualityResults;
    exports.paginateListDataQualityResultsV2 = paginateListDataQualityResultsV2;
    exports.paginateListDataQualityRuleRecommendationRuns = paginateListDataQualityRuleRecommendationRuns;
    exports.paginateListDataQualityRulesetEvaluationRuns = paginateListDataQualityRulesetEvaluationRuns;
    exports.paginateListDataQualityRulesets = paginateListDataQualityRulesets;
    exports.paginateListDevEndpoints = paginateListDevEndpoints;
    exports.paginateListEntities = paginateListEntities;
    exports.paginateListFormTypes = paginateListFormTypes;
    exports.paginateListGlossaries = paginateListGlossaries;
    exports.paginateListGlossaryTerms = paginateListGlossaryTerms;
    exports.paginateListIterableForms = paginateListIterableForms;
    exports.paginateListJobs = paginateListJobs;
    exports.paginateListMLTransforms = paginateListMLTransforms;
    exports.paginateListMaterializedViewRefreshTaskRuns = paginateListMaterializedViewRefreshTaskRuns;
    exports.paginateListRegistries = paginateListRegistries;
    exports.paginateListSchemaVersions = paginateListSchemaVersions;
    exports.paginateListSchemas = paginateListSchemas;
    exports.paginateListSessions = paginateListSessions;
    exports.paginateListTableOptimizerRuns = paginateListTableOptimizerRuns;
    exports.paginateListTriggers = paginateListTriggers;
    exports.paginateListUsageProfiles = paginateListUsageProfiles;
    exports.paginateListWorkflows = paginateListWorkflows;
    exports.paginateSearchAssets = paginateSearchAssets;
    exports.paginateSearchTables = paginateSearchTables;
  }
});
export default require_dist_cjs3();
