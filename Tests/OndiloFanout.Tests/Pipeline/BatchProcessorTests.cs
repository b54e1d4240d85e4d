using OndiloFanout.Pipeline;
using Xunit;

namespace OndiloFanout.Tests.Pipeline;

public sealed class BatchProcessorTests
{
    /// <summary>Answers "done:&lt;record&gt;", or throws what <see cref="Throw"/> gives for a record.</summary>
    private sealed class ScriptedHandler : IRecordHandler<string, string>
    {
        public Func<string, Exception?> Throw { get; init; } = _ => null;

        public Action<string> OnHandled { get; init; } = _ => { };

        public List<string> Handled { get; } = [];

        public Task<string> HandleAsync(string record, CancellationToken cancellationToken)
        {
            Handled.Add(record);
            OnHandled(record);
            return Throw(record) is { } ex ? Task.FromException<string>(ex) : Task.FromResult($"done:{record}");
        }

        public string Failed(string record, string reason) => $"failed:{record}:{reason}";
    }

    [Fact]
    public async Task ProcessAsync_OneRecordThrows_OnlyThatRecordFailsAndTheOthersAreHandled()
    {
        var handler = new ScriptedHandler { Throw = r => r == "b" ? new HttpRequestException("SQS is unavailable") : null };

        var results = await new BatchProcessor<string, string>(handler).ProcessAsync(["a", "b", "c"], CancellationToken.None);

        Assert.Equal(["done:a", "failed:b:HttpRequestException: SQS is unavailable", "done:c"], results);
    }

    [Fact]
    public async Task ProcessAsync_CancellationNotOfTheInvocation_FailsThatRecordOnlyAndGoesOn()
    {
        var handler = new ScriptedHandler { Throw = r => r == "a" ? new OperationCanceledException("a socket gave up") : null };

        var results = await new BatchProcessor<string, string>(handler).ProcessAsync(["a", "b"], CancellationToken.None);

        Assert.Equal(["failed:a:OperationCanceledException: a socket gave up", "done:b"], results);
    }

    [Fact]
    public async Task ProcessAsync_InvocationEndsMidway_TheRecordsNotReachedStayFailed()
    {
        using var invocation = new CancellationTokenSource();
        var handler = new ScriptedHandler
        {
            OnHandled = r => { if (r == "b") { invocation.Cancel(); } },
            Throw = r => r == "b" ? new OperationCanceledException(invocation.Token) : null,
        };

        var results = await new BatchProcessor<string, string>(handler).ProcessAsync(["a", "b", "c"], invocation.Token);

        Assert.Equal(["done:a", "failed:b:the invocation's deadline was reached", $"failed:c:{BatchProcessor<string, string>.NotReached}"], results);
        Assert.Equal(["a", "b"], handler.Handled);
    }
}
