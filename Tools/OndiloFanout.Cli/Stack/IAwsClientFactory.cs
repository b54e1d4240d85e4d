using Amazon.DynamoDBv2;
using Amazon.SQS;
using OndiloFanout.Cloud.SecretsManager;
using OndiloFanout.Cli.Aws.LambdaInvoke;

namespace OndiloFanout.Cli.Stack;

/// <summary>Makes the AWS clients the operator commands use; tests point them at emulators or stub endpoints.</summary>
internal interface IAwsClientFactory
{
    IAmazonSQS CreateSqs();

    IAmazonDynamoDB CreateDynamoDb();

    /// <summary>
    /// Lambda <c>Invoke</c> through the project's own SigV4 signer (AWSSDK.Lambda is not a dependency). It sends
    /// through <paramref name="http"/>, whose timeout must allow for the function's run, and signs on <paramref name="time"/>.
    /// </summary>
    LambdaInvokeClient CreateLambda(HttpClient http, TimeProvider time);

    /// <summary>Secrets Manager through the project's own client and signer, for <c>login --secret-id</c>.</summary>
    SecretsManagerClient CreateSecretsManager(HttpClient http, TimeProvider time);
}
