using System.Text;
using OndiloFanout.Lambda;
using OndiloFanout.Lambda.Logging;
using OndiloFanout.Tests.TestDoubles;
using Xunit;

namespace OndiloFanout.Tests.Lambda;

public sealed class RuntimeApiClientTests : IAsyncLifetime, IDisposable
{
    private static readonly DateTimeOffset Deadline = new(2026, 11, 25, 10, 0, 30, 123, TimeSpan.Zero);
    private readonly CancellationTokenSource _timeout = new(TimeSpan.FromSeconds(10));
    private readonly SecretRedactor _redactor = new();
    private LambdaFakeRuntimeApi _api = null!;
    private HttpClient _httpClient = null!;

    public async Task InitializeAsync()
    {
        _api = await LambdaFakeRuntimeApi.StartAsync(_timeout.Token);
        _httpClient = RuntimeApiClient.CreateHttpClient(_api.Address);
    }

    public async Task DisposeAsync()
    {
        _httpClient.Dispose();
        await _api.DisposeAsync();
    }

    public void Dispose() => _timeout.Dispose();

    [Fact]
    public void CreateHttpClient_Address_VersionedBaseAndNoTimeout()
    {
        using var client = RuntimeApiClient.CreateHttpClient("127.0.0.1:9001");

        Assert.Equal(new Uri("http://127.0.0.1:9001/2018-06-01/"), client.BaseAddress);
        Assert.Equal(Timeout.InfiniteTimeSpan, client.Timeout);
    }

    [Fact]
    public async Task GetNextInvocationAsync_QueuedEvent_ReadsHeadersAndBody()
    {
        _api.EnqueueInvocation("req-1", """{"a":1}""", Deadline, "Root=1-5759e988-bd862e3fe1be46a994272793;Sampled=1");

        var invocation = await CreateSut().GetNextInvocationAsync(_timeout.Token);

        Assert.Equal("req-1", invocation.RequestId);
        Assert.Equal(Deadline, invocation.Deadline);
        Assert.Equal(LambdaFakeRuntimeApi.FunctionArn, invocation.InvokedFunctionArn);
        Assert.Equal("Root=1-5759e988-bd862e3fe1be46a994272793;Sampled=1", invocation.TraceId);
        Assert.Equal("""{"a":1}""", Encoding.UTF8.GetString(invocation.Body.Span));
    }

    [Fact]
    public async Task GetNextInvocationAsync_NoTraceHeader_TraceIdNull()
    {
        _api.EnqueueInvocation("req-1", "{}", Deadline);

        var invocation = await CreateSut().GetNextInvocationAsync(_timeout.Token);

        Assert.Null(invocation.TraceId);
    }

    [Fact]
    public async Task GetNextInvocationAsync_ServerAnswers500_ThrowsContainerException()
    {
        _api.StopAfterQueueDrained();

        var exception = await Assert.ThrowsAsync<RuntimeApiContainerException>(() => CreateSut().GetNextInvocationAsync(_timeout.Token));

        Assert.Equal(500, exception.StatusCode);
    }

    [Fact]
    public async Task SendResponseAsync_Body_PostedVerbatim()
    {
        await CreateSut().SendResponseAsync("req-1", Encoding.UTF8.GetBytes("""{"ok":true}"""), _timeout.Token);

        var result = await _api.WaitForResultAsync("req-1", _timeout.Token);
        Assert.False(result.IsError);
        Assert.Equal("""{"ok":true}""", result.Body);
    }

    [Fact]
    public async Task ReportInvocationErrorAsync_Exception_PostsErrorDocumentWithTypeHeader()
    {
        await CreateSut().ReportInvocationErrorAsync("req-1", Thrown(new InvalidOperationException("boom")), _timeout.Token);

        var result = await _api.WaitForResultAsync("req-1", _timeout.Token);
        Assert.True(result.IsError);
        Assert.Equal("InvalidOperationException", result.ErrorTypeHeader);
        Assert.Equal(RuntimeApiHeaders.ErrorContentType, result.ContentType);
        Assert.Equal("InvalidOperationException", result.Error!.ErrorType);
        Assert.Equal("boom", result.Error.ErrorMessage);
        Assert.Contains(result.Error.StackTrace, line => line.Contains(nameof(Thrown), StringComparison.Ordinal));
    }

    [Fact]
    public async Task ReportInitializationErrorAsync_Exception_PostsToInitError()
    {
        await CreateSut().ReportInitializationErrorAsync(new InvalidOperationException("no config"), _timeout.Token);

        var result = await _api.WaitForInitErrorAsync(_timeout.Token);
        Assert.Equal("InvalidOperationException", result.ErrorTypeHeader);
        Assert.Equal(RuntimeApiHeaders.ErrorContentType, result.ContentType);
        Assert.Equal("no config", result.Error!.ErrorMessage);
        Assert.Empty(result.Error.StackTrace);
    }

    [Fact]
    public async Task ReportInvocationErrorAsync_MessageHoldsRegisteredSecret_PostsItMasked()
    {
        _redactor.Register("a1b2c3d4e5f6a7b8c9d0");

        await CreateSut().ReportInvocationErrorAsync("req-1", new InvalidOperationException("token a1b2c3d4e5f6a7b8c9d0 rejected"), _timeout.Token);

        var result = await _api.WaitForResultAsync("req-1", _timeout.Token);
        Assert.DoesNotContain("a1b2c3d4e5f6a7b8c9d0", result.Body, StringComparison.Ordinal);
        Assert.Equal($"token {SecretRedactor.Mask} rejected", result.Error!.ErrorMessage);
    }

    [Fact]
    public async Task SendResponseAsync_ServerAnswers500_ThrowsContainerException()
    {
        _api.FailWith500();

        await Assert.ThrowsAsync<RuntimeApiContainerException>(() => CreateSut().SendResponseAsync("req-1", new byte[] { 1 }, _timeout.Token));
    }

    private RuntimeApiClient CreateSut() => new(_httpClient, _redactor);

    private static Exception Thrown(Exception exception)
    {
        try
        {
            throw exception;
        }
        catch (Exception caught)
        {
            return caught;
        }
    }
}
