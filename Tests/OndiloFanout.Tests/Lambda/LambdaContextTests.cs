using Microsoft.Extensions.Time.Testing;
using OndiloFanout.Lambda;
using OndiloFanout.Tests.TestDoubles;
using Xunit;

namespace OndiloFanout.Tests.Lambda;

public sealed class LambdaContextTests
{
    private static readonly DateTimeOffset Start = new(2026, 11, 25, 10, 0, 0, TimeSpan.Zero);
    private readonly FakeTimeProvider _time = new(Start);
    private readonly LambdaFakeEnvironment _environment = new();

    [Fact]
    public void Ctor_HeadersAndEnvironment_ExposesEveryValue()
    {
        _environment[LambdaEnvironmentVariables.FunctionName] = "fetcher";
        _environment[LambdaEnvironmentVariables.FunctionVersion] = "7";
        _environment[LambdaEnvironmentVariables.FunctionMemorySize] = "512";
        _environment[LambdaEnvironmentVariables.LogGroupName] = "/aws/lambda/fetcher";
        _environment[LambdaEnvironmentVariables.LogStreamName] = "2026/11/25/[7]abc";

        var context = CreateSut(Start.AddSeconds(30));

        Assert.Equal("req-1", context.AwsRequestId);
        Assert.Equal("arn:aws:lambda:eu-west-1:123456789012:function:fetcher:live", context.InvokedFunctionArn);
        Assert.Equal("fetcher", context.FunctionName);
        Assert.Equal("7", context.FunctionVersion);
        Assert.Equal(512, context.MemoryLimitInMB);
        Assert.Equal("/aws/lambda/fetcher", context.LogGroupName);
        Assert.Equal("2026/11/25/[7]abc", context.LogStreamName);
        Assert.Equal(Start.AddSeconds(30), context.Deadline);
    }

    [Fact]
    public void Ctor_EmptyEnvironment_DefaultsToEmptyAndZero()
    {
        var context = CreateSut(Start.AddSeconds(30));

        Assert.Equal("", context.FunctionName);
        Assert.Equal(0, context.MemoryLimitInMB);
    }

    [Fact]
    public void RemainingTime_ClockAdvances_Shrinks()
    {
        var context = CreateSut(Start.AddSeconds(30));

        _time.Advance(TimeSpan.FromSeconds(10));

        Assert.Equal(TimeSpan.FromSeconds(20), context.RemainingTime);
    }

    [Fact]
    public void RemainingTime_DeadlinePassed_IsZero()
    {
        var context = CreateSut(Start.AddSeconds(1));

        _time.Advance(TimeSpan.FromSeconds(5));

        Assert.Equal(TimeSpan.Zero, context.RemainingTime);
    }

    private LambdaContext CreateSut(DateTimeOffset deadline) => new(
        new InvocationRequest
        {
            RequestId = "req-1",
            Deadline = deadline,
            InvokedFunctionArn = "arn:aws:lambda:eu-west-1:123456789012:function:fetcher:live",
            Body = ReadOnlyMemory<byte>.Empty,
        },
        _environment,
        _time);
}
