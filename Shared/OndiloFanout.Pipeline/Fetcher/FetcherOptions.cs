namespace OndiloFanout.Pipeline.Fetcher;

/// <summary>Tuning of the fetcher.</summary>
public sealed record FetcherOptions
{
    /// <summary>How long a fetcher holds a pool (default 5 minutes: six reads with timeouts and the writes fit well within).</summary>
    public TimeSpan LeaseDuration { get; init; } = TimeSpan.FromMinutes(5);
}
