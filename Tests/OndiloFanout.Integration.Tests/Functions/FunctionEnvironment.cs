using Amazon.SQS.Model;
using Ondilo.Simulator;
using OndiloFanout.Contracts;
using OndiloFanout.Integration.Tests.Emulators;
using OndiloFanout.Integration.Tests.TestDoubles;
using OndiloFanout.Ondilo;
using OndiloFanout.Tests.TestDoubles;

namespace OndiloFanout.Integration.Tests.Functions;

/// <summary>
/// Everything a function process needs around it: a Runtime API, SQS and DynamoDB emulators, Firehose and Secrets
/// Manager stubs holding a real token, and the Ondilo simulator — all on loopback — plus the environment naming them.
/// </summary>
internal sealed class FunctionEnvironment : IAsyncDisposable
{
    private FunctionEnvironment(LambdaFakeRuntimeApi runtime, AwsServicesStub aws, OndiloSimulatorHost simulator, SimulatedToken token, TimeProvider time)
    {
        (Runtime, Aws, Simulator, Token, Time) = (runtime, aws, simulator, token, time);
    }

    /// <summary>The clock of the simulator and the token; function processes start theirs from it.</summary>
    public TimeProvider Time { get; }

    public LambdaFakeRuntimeApi Runtime { get; }

    public AwsServicesStub Aws { get; }

    public OndiloSimulatorHost Simulator { get; }

    public SimulatedToken Token { get; }

    public string QueueUrl { get; private set; } = "";

    public string DeadLetterQueueUrl { get; private set; } = "";

    public string TableName { get; private set; } = "";

    public Dictionary<string, string> Variables { get; } = [];

    /// <param name="simulatorOptions">The simulated account; default two pools, no faults.</param>
    public static async Task<FunctionEnvironment> StartAsync(FauxqsFixture sqs, DynaliteFixture dynamo, TimeProvider time, SimulatorOptions? simulatorOptions = null)
    {
        var simulator = await OndiloSimulatorHost.StartAsync(simulatorOptions ?? new SimulatorOptions { Pools = 2 }, time, CancellationToken.None);
        var token = simulator.IssueToken();
        var aws = await AwsServicesStub.StartAsync();
        aws.Secret = OndiloTokenFormat.Serialize(new OndiloToken { AccessToken = token.AccessToken, RefreshToken = token.RefreshToken, ExpiresAt = time.GetUtcNow().AddSeconds(token.ExpiresIn) });
        var environment = new FunctionEnvironment(await LambdaFakeRuntimeApi.StartAsync(CancellationToken.None), aws, simulator, token, time)
        {
            DeadLetterQueueUrl = await sqs.CreateQueueAsync("dlq"),
            TableName = await dynamo.CreateStateTableAsync(),
        };
        environment.QueueUrl = await sqs.CreateQueueAsync("work");
        foreach (var (name, value) in new Dictionary<string, string>
        {
            ["AWS_LAMBDA_RUNTIME_API"] = environment.Runtime.Address,
            ["AWS_LAMBDA_FUNCTION_NAME"] = "ondilo-fanout-test",
            ["AWS_LAMBDA_FUNCTION_MEMORY_SIZE"] = "256",
            ["AWS_REGION"] = "us-east-1",
            ["AWS_ACCESS_KEY_ID"] = "AKIDEXAMPLE",
            ["AWS_SECRET_ACCESS_KEY"] = "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY",
            ["AWS_SESSION_TOKEN"] = "session-token-example",
            ["AWS_ENDPOINT_URL_SQS"] = sqs.Client.Config.ServiceURL,
            ["AWS_ENDPOINT_URL_DYNAMODB"] = dynamo.Client.Config.ServiceURL,
            ["AWS_ENDPOINT_URL_FIREHOSE"] = aws.Endpoint.ToString(),
            ["AWS_ENDPOINT_URL_SECRETS_MANAGER"] = aws.Endpoint.ToString(),
            [SettingNames.ApiBaseUrl] = simulator.BaseUri.ToString(),
            [SettingNames.TokenSecretId] = "OndiloToken",
            [SettingNames.QueueUrl] = environment.QueueUrl,
            [SettingNames.DeadLetterQueueUrl] = environment.DeadLetterQueueUrl,
            [SettingNames.StateTableName] = environment.TableName,
            [SettingNames.DeliveryStreamName] = "ondilo-fanout",
            [SettingNames.ServiceName] = "ondilo-fanout",
            [SettingNames.LogLevel] = "Debug",
        })
        {
            environment.Variables[name] = value;
        }

        return environment;
    }

    /// <summary>How many messages a queue holds, visible or not.</summary>
    public static async Task<int> CountAsync(FauxqsFixture sqs, string queueUrl)
    {
        var attributes = await sqs.Client.GetQueueAttributesAsync(new GetQueueAttributesRequest
        {
            QueueUrl = queueUrl,
            AttributeNames = ["ApproximateNumberOfMessages", "ApproximateNumberOfMessagesNotVisible", "ApproximateNumberOfMessagesDelayed"],
        });
        return attributes.ApproximateNumberOfMessages + attributes.ApproximateNumberOfMessagesNotVisible + attributes.ApproximateNumberOfMessagesDelayed;
    }

    public async ValueTask DisposeAsync()
    {
        await Runtime.DisposeAsync();
        await Aws.DisposeAsync();
        await Simulator.DisposeAsync();
    }
}
