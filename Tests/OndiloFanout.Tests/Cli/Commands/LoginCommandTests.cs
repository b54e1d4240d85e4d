using System.CommandLine;
using Amazon.DynamoDBv2;
using Amazon.Runtime;
using Amazon.SQS;
using Microsoft.Extensions.Time.Testing;
using OndiloFanout.Cloud.SecretsManager;
using OndiloFanout.Cli.Aws.LambdaInvoke;
using OndiloFanout.Cli.Commands;
using OndiloFanout.Cli.Rendering;
using OndiloFanout.Cli.Stack;
using OndiloFanout.Tests.TestDoubles;
using Xunit;

namespace OndiloFanout.Tests.Cli.Commands;

public sealed class LoginCommandTests
{
    [Fact]
    public async Task Login_SecretIdWithoutAnAwsRegion_FailsWithTheNextStepInsteadOfCrashing()
    {
        using var console = new CliTestConsole();
        using var folder = new LocalTempFolder();
        var token = folder.Combine("token.json");
        await File.WriteAllTextAsync(token, """{"access_token":"a","refresh_token":"r","token_type":"Bearer","expires_at":"2030-01-01T00:00:00Z"}""");
        var root = new RootCommand { LoginCommand.Create(console.Ui, new ConsoleLoginPrompt(Spectre.Console.AnsiConsole.Console, TextReader.Null), new NoRegion(), new FakeTimeProvider(new DateTimeOffset(2026, 11, 25, 10, 0, 0, TimeSpan.Zero))) };

        var exit = await root.Parse(["login", "--secret-id", "OndiloToken", "--import", token]).InvokeAsync(null, CancellationToken.None);

        Assert.Equal(ExitCodes.Failed, exit);
        Assert.Contains("No AWS region", console.Human, StringComparison.Ordinal);
        Assert.Contains("--token-file", console.Human, StringComparison.Ordinal);
    }

    /// <summary>A machine with no region anywhere: the factory refuses as <see cref="SdkClientFactory"/> does.</summary>
    private sealed class NoRegion : IAwsClientFactory
    {
        public IAmazonSQS CreateSqs() => throw new NotSupportedException();

        public IAmazonDynamoDB CreateDynamoDb() => throw new NotSupportedException();

        public LambdaInvokeClient CreateLambda(HttpClient http, TimeProvider time) => throw new NotSupportedException();

        public SecretsManagerClient CreateSecretsManager(HttpClient http, TimeProvider time) =>
            throw new AmazonClientException("No AWS region: set AWS_REGION, or a region in your AWS profile (aws configure).");
    }
}
