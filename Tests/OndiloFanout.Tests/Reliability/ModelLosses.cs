namespace OndiloFanout.Tests.Reliability;

/// <summary>
/// The history a model's reads could no longer reach, per pool: spans from where the pool's history stopped being in
/// the lake to where a read's window began (or the history's start, when a pool is not read in time).
/// </summary>
internal sealed class ModelLosses(int pools, DateTimeOffset reach)
{
    private readonly List<(DateTimeOffset From, DateTimeOffset To)>[] _spans = Enumerable.Range(0, pools).Select(_ => new List<(DateTimeOffset, DateTimeOffset)>()).ToArray();

    /// <summary>All spans together, summed over pools.</summary>
    public TimeSpan Total { get; private set; }

    /// <summary>Up to where the pool's history is in the lake or counted as lost, as far as losses go: the last loss's end.</summary>
    public DateTimeOffset AccountedUpTo(int pool) => _spans[pool].Count == 0 ? reach : _spans[pool][^1].To;

    public void Lose(int pool, DateTimeOffset from, DateTimeOffset to)
    {
        if (to > from)
        {
            Total += to - from;
            _spans[pool].Add((from, to));
        }
    }

    public bool Covers(int pool, DateTimeOffset time) => _spans[pool].Any(span => span.From <= time && time <= span.To);
}
