namespace OndiloFanout.Tests.TestDoubles;

/// <summary>
/// Every request the pipeline sent to the Ondilo API (token refreshes included), on the wire: when on the pipeline's
/// clock, its path and query, and the status it got. What the budget is judged by.
/// </summary>
internal sealed class ReliabilityCallLog(TimeProvider time) : DelegatingHandler(new SocketsHttpHandler())
{
    private readonly List<ReliabilityCall> _calls = [];
    private readonly Lock _lock = new();

    public IReadOnlyList<ReliabilityCall> Calls
    {
        get
        {
            lock (_lock)
            {
                return [.. _calls];
            }
        }
    }

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var at = time.GetUtcNow();
        var response = await base.SendAsync(request, cancellationToken);
        lock (_lock)
        {
            _calls.Add(new ReliabilityCall(at, request.RequestUri!.AbsolutePath, request.RequestUri.Query, response.StatusCode));
        }

        return response;
    }
}
