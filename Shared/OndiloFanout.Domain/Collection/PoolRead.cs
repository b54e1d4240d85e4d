using OndiloFanout.Domain.Pools;

namespace OndiloFanout.Domain.Collection;

/// <summary>One pool to read in this run.</summary>
/// <param name="PoolId">The Ondilo pool id.</param>
/// <param name="Window">The smallest window that reaches back to the pool's oldest uncollected day now.</param>
/// <param name="Lost">History this read cannot save, as projected: what will have left the API by its turn.</param>
public sealed record PoolRead(long PoolId, MeasurePeriod Window, TimeSpan Lost);
