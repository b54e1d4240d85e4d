using OndiloFanout.Infrastructure.Tests.TestDoubles;

namespace OndiloFanout.Infrastructure.Tests;

/// <summary>Least privilege: every IAM statement of the default stack, role by role.</summary>
[Collection(CdkDefaultStackCollection.Name)]
public sealed class OndiloFanoutStackPermissionsTests(CdkDefaultStackFixture fixture)
{
    private const string Scheduler = "SchedulerRole";
    private const string Fetcher = "DeviceFetcherRole";
    private const string Firehose = "DeliveryStreamRole";

    private static readonly string[] TableActions =
    [
        "dynamodb:GetItem", "dynamodb:PutItem", "dynamodb:UpdateItem", "dynamodb:DeleteItem", "dynamodb:Query",
    ];

    private readonly CdkTemplateJson _json = fixture.Stack.Json;

    private string WorkQueue => CdkTemplateJson.ArnOf(_json.LogicalId("AWS::SQS::Queue", "WorkQueue"));
    private string DeadLetterQueue => CdkTemplateJson.ArnOf(_json.LogicalId("AWS::SQS::Queue", "DeadLetterQueue"));
    private string Secret => CdkTemplateJson.RefOf(_json.LogicalId("AWS::SecretsManager::Secret", "TokenSecret"));
    private string Table => CdkTemplateJson.ArnOf(_json.LogicalId("AWS::DynamoDB::Table", "StateTable"));
    private string Stream => CdkTemplateJson.ArnOf(_json.LogicalId("AWS::KinesisFirehose::DeliveryStream", "DeliveryStream"));
    private string Bucket => CdkTemplateJson.ArnOf(_json.LogicalId("AWS::S3::Bucket", "DataBucket"));

    [Fact]
    public void Policies_Default_AllowOnlyNamedActionsOnNamedResources()
    {
        var statements = new[] { Scheduler, Fetcher, Firehose }.SelectMany(_json.StatementsOfRole).ToList();

        Assert.NotEmpty(statements);
        Assert.All(statements, s =>
        {
            Assert.Equal("Allow", s.Effect);
            Assert.DoesNotContain(s.Actions, a => a.Contains('*', StringComparison.Ordinal));
            Assert.NotEmpty(s.Resources);
            Assert.DoesNotContain("\"*\"", s.Resources);
        });
        Assert.Equal(3, _json.LogicalIds("AWS::IAM::Policy").Count);
    }

    [Theory]
    [InlineData(Scheduler)]
    [InlineData(Fetcher)]
    public void Functions_Default_MayCallOnlyTheTableOperationsTheStateStoreUses(string role)
    {
        Assert.Equal(Set(TableActions), _json.ActionsAllowed(role, Table));
    }

    [Fact]
    public void Roles_Default_AllowExactlyTheActionsTheCodeCalls()
    {
        string[] logs = ["logs:CreateLogStream", "logs:PutLogEvents"];
        string[] token = ["secretsmanager:GetSecretValue", "secretsmanager:PutSecretValue"];

        // Scheduler: its log group, the token, SendMessageBatch to the work queue, the ledger and budget, pool snapshots.
        Assert.Equal(Set([.. logs, .. token, "sqs:SendMessage", .. TableActions, "s3:PutObject"]), AllActions(Scheduler));
        // Fetcher: the same minus snapshots, plus the poller's three queue actions and PutRecordBatch.
        Assert.Equal(
            Set([.. logs, .. token, "sqs:SendMessage", "sqs:ReceiveMessage", "sqs:DeleteMessage", "sqs:GetQueueAttributes", .. TableActions, "firehose:PutRecordBatch"]),
            AllActions(Fetcher));
        // Firehose: what its S3 destination and error logging need (AWS's documented role policy for S3).
        Assert.Equal(
            Set(["s3:GetBucketLocation", "s3:ListBucket", "s3:ListBucketMultipartUploads", "s3:AbortMultipartUpload", "s3:GetObject", "s3:PutObject", .. logs]),
            AllActions(Firehose));
    }

    [Fact]
    public void Roles_Default_HaveNoManagedPolicies()
    {
        Assert.All(_json.LogicalIds("AWS::IAM::Role"), role => Assert.False(_json.Properties(role).TryGetProperty("ManagedPolicyArns", out _)));
    }

    [Theory]
    [InlineData(Scheduler)]
    [InlineData(Fetcher)]
    public void Functions_Default_ReadAndWriteOnlyTheTokenSecret(string role)
    {
        Assert.Equal(new HashSet<string> { "secretsmanager:GetSecretValue", "secretsmanager:PutSecretValue" }, _json.ActionsAllowed(role, Secret));
        Assert.Equal(new HashSet<string> { Secret }, _json.ResourcesAllowed(role, "secretsmanager:GetSecretValue"));
        Assert.Equal(new HashSet<string> { Secret }, _json.ResourcesAllowed(role, "secretsmanager:PutSecretValue"));
    }

    [Theory]
    [InlineData(Scheduler)]
    [InlineData(Fetcher)]
    public void Functions_Default_ReadAndWriteOnlyTheStateTable(string role)
    {
        Assert.All(TableActions, action => Assert.Equal(new HashSet<string> { Table }, _json.ResourcesAllowed(role, action)));
        Assert.All(_json.ActionsAllowed(role, Table), action => Assert.StartsWith("dynamodb:", action, StringComparison.Ordinal));
    }

    [Fact]
    public void Scheduler_Default_SendsToTheWorkQueueOnly()
    {
        Assert.Equal(new HashSet<string> { WorkQueue }, _json.ResourcesAllowed(Scheduler, "sqs:SendMessage"));
        Assert.Empty(_json.ResourcesAllowed(Scheduler, "sqs:ReceiveMessage"));
        Assert.Empty(_json.ActionsAllowed(Scheduler, DeadLetterQueue));
        Assert.Empty(_json.ResourcesAllowed(Scheduler, "firehose:PutRecordBatch"));
    }

    [Fact]
    public void EventSource_Default_IsCreatedAfterTheFetchersPolicy()
    {
        // Lambda checks the role's SQS permissions when the mapping is created: the mapping names the function,
        // and the function waits for its role's policy.
        var mapping = _json.Properties(Assert.Single(_json.LogicalIds("AWS::Lambda::EventSourceMapping")));
        var function = _json.LogicalId("AWS::Lambda::Function", "DeviceFetcher");
        var dependsOn = _json.ResourceSection.GetProperty(function).GetProperty("DependsOn").EnumerateArray().Select(d => d.GetString());

        Assert.Equal(CdkTemplateJson.RefOf(function), CdkTemplateJson.Compact(mapping.GetProperty("FunctionName")));
        Assert.Contains(_json.LogicalId("AWS::IAM::Policy", Fetcher), dependsOn);
    }

    [Fact]
    public void Fetcher_Default_ReceivesAndDeletesFromTheWorkQueueAndSendsToBothQueues()
    {
        Assert.Equal(new HashSet<string> { WorkQueue }, _json.ResourcesAllowed(Fetcher, "sqs:ReceiveMessage"));
        Assert.Equal(new HashSet<string> { WorkQueue }, _json.ResourcesAllowed(Fetcher, "sqs:DeleteMessage"));
        Assert.Equal(new HashSet<string> { WorkQueue, DeadLetterQueue }, _json.ResourcesAllowed(Fetcher, "sqs:SendMessage"));
    }

    [Fact]
    public void Fetcher_Default_PutsRecordBatchesOnThatStreamOnly()
    {
        Assert.Equal(new HashSet<string> { Stream }, _json.ResourcesAllowed(Fetcher, "firehose:PutRecordBatch"));
        Assert.Equal(new HashSet<string> { "firehose:PutRecordBatch" }, _json.ActionsAllowed(Fetcher, Stream));
    }

    [Theory]
    [InlineData(Scheduler, "Scheduler")]
    [InlineData(Fetcher, "DeviceFetcher")]
    public void Functions_Default_WriteOnlyTheirOwnLogGroup(string role, string function)
    {
        var ownLogs = CdkTemplateJson.ArnOf(_json.LogicalId("AWS::Logs::LogGroup", function));

        Assert.Equal(new HashSet<string> { ownLogs }, _json.ResourcesAllowed(role, "logs:PutLogEvents"));
        Assert.Equal(new HashSet<string> { "logs:CreateLogStream", "logs:PutLogEvents" }, _json.ActionsAllowed(role, ownLogs));
    }

    [Fact]
    public void FirehoseRole_Default_WritesOnlyThatBucketAndLogGroup()
    {
        var objects = $$"""{"Fn::Join":["",[{{Bucket}},"/*"]]}""";
        var logs = CdkTemplateJson.ArnOf(_json.LogicalId("AWS::Logs::LogGroup", "DeliveryStream"));
        var resources = _json.StatementsOfRole(Firehose).SelectMany(s => s.Resources).ToHashSet();

        Assert.Equal(new HashSet<string> { Bucket, objects, logs }, resources);
        Assert.Equal(new HashSet<string> { objects }, _json.ResourcesAllowed(Firehose, "s3:PutObject"));
        Assert.Equal(new HashSet<string> { Bucket }, _json.ResourcesAllowed(Firehose, "s3:ListBucket"));
    }

    [Fact]
    public void FirehoseRole_Default_CanOnlyBeAssumedByFirehoseForThisAccount()
    {
        var trust = _json.Properties(_json.LogicalId("AWS::IAM::Role", Firehose)).GetProperty("AssumeRolePolicyDocument");
        var statement = Assert.Single(trust.GetProperty("Statement").EnumerateArray());

        Assert.Equal("""{"Service":"firehose.amazonaws.com"}""", CdkTemplateJson.Compact(statement.GetProperty("Principal")));
        Assert.Equal("""{"StringEquals":{"sts:ExternalId":{"Ref":"AWS::AccountId"}}}""", CdkTemplateJson.Compact(statement.GetProperty("Condition")));
    }

    private static HashSet<string> Set(string[] actions) => [.. actions];

    private HashSet<string> AllActions(string role) => _json.StatementsOfRole(role).SelectMany(s => s.Actions).ToHashSet();
}
