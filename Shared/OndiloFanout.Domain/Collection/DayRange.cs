namespace OndiloFanout.Domain.Collection;

/// <summary>An inclusive range of UTC days.</summary>
public sealed record DayRange(DateOnly From, DateOnly To)
{
    public int Count => To.DayNumber - From.DayNumber + 1;

    public bool Contains(DateOnly day) => day >= From && day <= To;

    public IEnumerable<DateOnly> Days()
    {
        for (var day = From; day <= To; day = day.AddDays(1))
        {
            yield return day;
        }
    }

    public override string ToString() => From == To ? $"{From:yyyy-MM-dd}" : $"{From:yyyy-MM-dd}..{To:yyyy-MM-dd}";
}
