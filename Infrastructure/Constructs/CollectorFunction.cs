using Amazon.CDK;
using Amazon.CDK.AWS.IAM;
using Amazon.CDK.AWS.Lambda;
using Amazon.CDK.AWS.Logs;
using Constructs;

namespace OndiloFanout.Infrastructure.Constructs;

/// <summary>
/// One function of the collector: a Native AOT <c>bootstrap</c> on <c>provided.al2023</c> (x86_64, what the
/// publish targets), its own log group with a retention, and its own role that may write only that log group
/// (instead of AWSLambdaBasicExecutionRole, whose statements allow every log group).
/// </summary>
internal sealed class CollectorFunction : Construct
{
    /// <summary>Creates the function, its log group and role.</summary>
    public CollectorFunction(Construct scope, string id, CollectorFunctionOptions options)
        : base(scope, id)
    {
        ArgumentNullException.ThrowIfNull(options);

        var logGroup = new LogGroup(this, "Logs", new LogGroupProps { Retention = RetentionDays.THREE_MONTHS });
        var role = new Role(this, "Role", new RoleProps
        {
            Description = $"Runs the {id} function.",
            AssumedBy = new ServicePrincipal("lambda.amazonaws.com"),
        });
        logGroup.GrantWrite(role);

        Function = new Function(this, "Function", new FunctionProps
        {
            Description = options.Description,
            Runtime = Runtime.PROVIDED_AL2023,
            Architecture = Architecture.X86_64,
            Handler = "bootstrap",
            Code = Code.FromAsset(options.AssetPath),
            MemorySize = options.MemoryMiB,
            Timeout = Duration.Seconds(options.TimeoutSeconds),
            Role = role,
            LogGroup = logGroup,
            Environment = options.Environment.ToDictionary(),
        });
    }

    /// <summary>The Lambda function.</summary>
    public Function Function { get; }
}
