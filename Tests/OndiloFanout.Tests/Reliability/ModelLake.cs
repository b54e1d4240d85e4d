namespace OndiloFanout.Tests.Reliability;

/// <summary>
/// The lake of a many-pool model, compactly: a bit per pool and hour since <see cref="From"/> (the ICO measures once an
/// hour, so one measure of a type has one bit), and the measures written twice.
/// </summary>
internal sealed class ModelLake
{
    private readonly bool[][] _written;

    public ModelLake(int pools, DateTimeOffset from, DateTimeOffset to)
    {
        From = from;
        var hours = (int)Math.Ceiling((to - from).TotalHours) + 1;
        _written = Enumerable.Range(0, pools).Select(_ => new bool[hours]).ToArray();
    }

    public DateTimeOffset From { get; }

    /// <summary>Measures written although already in the lake.</summary>
    public int Twice { get; private set; }

    public void Write(int pool, DateTimeOffset valueTime)
    {
        ref var slot = ref _written[pool][HourOf(valueTime)];
        Twice += slot ? 1 : 0;
        slot = true;
    }

    public bool Holds(int pool, DateTimeOffset valueTime) => _written[pool][HourOf(valueTime)];

    private int HourOf(DateTimeOffset valueTime) => (int)Math.Floor((valueTime - From).TotalHours);
}
