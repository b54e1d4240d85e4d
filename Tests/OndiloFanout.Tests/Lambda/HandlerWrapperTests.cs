using System.Text;
using System.Text.Json;
using OndiloFanout.Lambda;
using OndiloFanout.Tests.TestDoubles;
using Xunit;

namespace OndiloFanout.Tests.Lambda;

public sealed class HandlerWrapperTests
{
    private readonly LambdaTestContext _context = new();

    [Fact]
    public async Task Create_TypedEvent_DeserializesAndSerializes()
    {
        var handler = HandlerWrapper.Create(
            (SQSEvent sqsEvent, ILambdaContext _, CancellationToken _) => Task.FromResult(new SQSBatchResponse
            {
                BatchItemFailures = [.. sqsEvent.Records.Select(r => new SQSBatchResponse.BatchItemFailure { ItemIdentifier = r.MessageId })],
            }),
            LambdaJsonContext.Default.SQSEvent,
            LambdaJsonContext.Default.SQSBatchResponse);

        var output = await handler(Utf8("""{"Records":[{"messageId":"m-1","body":"b"}]}"""), _context, CancellationToken.None);

        Assert.Equal("""{"batchItemFailures":[{"itemIdentifier":"m-1"}]}""", Encoding.UTF8.GetString(output.Span));
    }

    [Theory]
    [InlineData("not json")]
    [InlineData("""{"Records":[{"body":"no message id"}]}""")]
    [InlineData("null")]
    [InlineData("")]
    public async Task Create_BadEvent_ThrowsInvalidEventWithoutCallingHandler(string body)
    {
        var called = false;
        var handler = HandlerWrapper.Create(
            (SQSEvent _, ILambdaContext _, CancellationToken _) =>
            {
                called = true;
                return Task.FromResult(new SQSBatchResponse { BatchItemFailures = [] });
            },
            LambdaJsonContext.Default.SQSEvent,
            LambdaJsonContext.Default.SQSBatchResponse);

        await Assert.ThrowsAsync<InvalidEventException>(() => handler(Utf8(body), _context, CancellationToken.None));
        Assert.False(called);
    }

    [Fact]
    public async Task Create_RawEvent_PassesJsonElementThrough()
    {
        string? seen = null;
        var handler = CreateRawSut(element => seen = element.GetProperty("date").GetString());

        await handler(Utf8("""{"date":"2026-11-24"}"""), _context, CancellationToken.None);

        Assert.Equal("2026-11-24", seen);
    }

    [Fact]
    public async Task Create_RawEventEmptyBody_ReadsAsEmptyObject()
    {
        JsonValueKind? kind = null;
        var count = -1;
        var handler = CreateRawSut(element =>
        {
            kind = element.ValueKind;
            count = element.EnumerateObject().Count();
        });

        await handler(Utf8("  \n"), _context, CancellationToken.None);

        Assert.Equal(JsonValueKind.Object, kind);
        Assert.Equal(0, count);
    }

    [Fact]
    public async Task Create_RawEventNotJson_ThrowsInvalidEvent()
    {
        var handler = CreateRawSut(_ => { });

        var exception = await Assert.ThrowsAsync<InvalidEventException>(() => handler(Utf8("{month"), _context, CancellationToken.None));

        Assert.IsType<JsonException>(exception.InnerException, exactMatch: false);
    }

    [Fact]
    public async Task Create_HandlerToken_IsTheOnePassedIn()
    {
        using var source = new CancellationTokenSource();
        CancellationToken seen = default;
        var handler = HandlerWrapper.Create(
            (JsonElement _, ILambdaContext _, CancellationToken token) =>
            {
                seen = token;
                return Task.FromResult(new SQSBatchResponse { BatchItemFailures = [] });
            },
            LambdaJsonContext.Default.SQSBatchResponse);

        await handler(Utf8("{}"), _context, source.Token);

        Assert.Equal(source.Token, seen);
    }

    private static LambdaHandler CreateRawSut(Action<JsonElement> inspect) => HandlerWrapper.Create(
        (JsonElement element, ILambdaContext _, CancellationToken _) =>
        {
            inspect(element);
            return Task.FromResult(new SQSBatchResponse { BatchItemFailures = [] });
        },
        LambdaJsonContext.Default.SQSBatchResponse);

    private static ReadOnlyMemory<byte> Utf8(string text) => Encoding.UTF8.GetBytes(text);
}
