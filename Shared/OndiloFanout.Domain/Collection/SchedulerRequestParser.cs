using System.Globalization;
using System.Text.Json;

namespace OndiloFanout.Domain.Collection;

/// <summary>
/// Reads the scheduler's input: an EventBridge scheduled event or <c>{}</c> (yesterday), <c>{"month":"true"}</c>
/// (the last 30 days), <c>{"date":"YYYY-MM-DD"}</c> or <c>{"from":..,"to":..}</c>, with optional <c>pools</c>,
/// <c>force</c> and <c>dryRun</c>. A bad input is refused with a message that names the field, so nothing is enqueued.
/// </summary>
public static class SchedulerRequestParser
{
    /// <summary>The longest range one run accepts; older days are refused by the planner anyway.</summary>
    public const int MaxDays = 366;

    private static readonly string[] KnownFields = ["month", "date", "from", "to", "pools", "force", "dryRun"];

    /// <summary>
    /// Parses <paramref name="payload"/> (an absent or null one means yesterday) relative to <paramref name="now"/>; on
    /// failure <paramref name="error"/> says why.
    /// </summary>
    public static bool TryParse(JsonElement payload, DateTimeOffset now, out SchedulerRequest? request, out string? error)
    {
        var today = UtcDay.Of(now);
        if (payload.ValueKind is JsonValueKind.Undefined or JsonValueKind.Null)
        {
            (request, error) = (new SchedulerRequest { Days = new DayRange(today.AddDays(-1), today.AddDays(-1)), Trigger = SchedulerTrigger.Daily }, null);
            return true;
        }

        error = Read(payload, today, out request);
        return error is null;
    }

    private static string? Read(JsonElement root, DateOnly today, out SchedulerRequest? request)
    {
        request = null;
        if (root.ValueKind != JsonValueKind.Object)
        {
            return $"The scheduler input must be a JSON object, not {Describe(root.ValueKind)}. Expected e.g. {{\"month\":\"true\"}}.";
        }

        if (IsScheduledEvent(root))
        {
            // A retried scheduled event collects the day before its own time, not before the retry's.
            var day = root.TryGetProperty("time", out var time) && time.TryGetDateTimeOffset(out var at) ? UtcDay.Of(at) : today;
            request = new SchedulerRequest { Days = new DayRange(day.AddDays(-1), day.AddDays(-1)), Trigger = SchedulerTrigger.Schedule };
            return null;
        }

        foreach (var property in root.EnumerateObject())
        {
            if (!KnownFields.Contains(property.Name, StringComparer.Ordinal))
            {
                return $"Unknown field \"{property.Name}\" in the scheduler input. Known fields: {string.Join(", ", KnownFields)}.";
            }
        }

        string? problem = null;
        var month = false;
        var force = false;
        var dryRun = false;
        DateOnly? date = null;
        DateOnly? from = null;
        DateOnly? to = null;
        IReadOnlyList<long>? pools = null;
        problem ??= ReadFlag(root, "month", out month);
        problem ??= ReadFlag(root, "force", out force);
        problem ??= ReadFlag(root, "dryRun", out dryRun);
        problem ??= ReadDay(root, "date", out date);
        problem ??= ReadDay(root, "from", out from);
        problem ??= ReadDay(root, "to", out to);
        problem ??= ReadPools(root, out pools);
        if (problem is not null)
        {
            return problem;
        }

        var choices = (month ? 1 : 0) + (date is null ? 0 : 1) + (from is null && to is null ? 0 : 1);
        if (choices > 1)
        {
            return "Choose one of \"month\", \"date\" or \"from\"/\"to\" in the scheduler input, not several.";
        }

        if ((from is null) != (to is null))
        {
            return "\"from\" and \"to\" go together: give both (inclusive UTC days, YYYY-MM-DD).";
        }

        DayRange days;
        SchedulerTrigger trigger;
        if (month)
        {
            days = new DayRange(today.AddDays(-30), today.AddDays(-1));
            trigger = SchedulerTrigger.Month;
        }
        else if (date is { } single)
        {
            days = new DayRange(single, single);
            trigger = SchedulerTrigger.Date;
        }
        else if (from is { } start && to is { } end)
        {
            if (start > end)
            {
                return $"\"from\" ({start:yyyy-MM-dd}) is after \"to\" ({end:yyyy-MM-dd}).";
            }

            days = new DayRange(start, end);
            trigger = SchedulerTrigger.Range;
        }
        else
        {
            days = new DayRange(today.AddDays(-1), today.AddDays(-1));
            trigger = SchedulerTrigger.Daily;
        }

        if (days.To >= today)
        {
            return $"Day {days.To:yyyy-MM-dd} is not over yet (today, UTC, is {today:yyyy-MM-dd}): only past days can be collected.";
        }

        if (days.Count > MaxDays)
        {
            return $"The range {days} has {days.Count} days; at most {MaxDays} are accepted (the API keeps 30).";
        }

        request = new SchedulerRequest { Days = days, Pools = pools, Force = force, DryRun = dryRun, Trigger = trigger };
        return null;
    }

    private static bool IsScheduledEvent(JsonElement root) =>
        root.TryGetProperty("detail-type", out _) || (root.TryGetProperty("source", out _) && root.TryGetProperty("time", out _));

    private static string? ReadFlag(JsonElement root, string name, out bool value)
    {
        value = false;
        if (!root.TryGetProperty(name, out var element))
        {
            return null;
        }

        // The original project documented {"month": "true"}: accept the string form of booleans too.
        switch (element.ValueKind)
        {
            case JsonValueKind.True: value = true; return null;
            case JsonValueKind.False: return null;
            case JsonValueKind.String when bool.TryParse(element.GetString(), out var parsed): value = parsed; return null;
            default: return $"\"{name}\" must be true or false (or \"true\"/\"false\"), not {Describe(element)}.";
        }
    }

    private static string? ReadDay(JsonElement root, string name, out DateOnly? day)
    {
        day = null;
        if (!root.TryGetProperty(name, out var element))
        {
            return null;
        }

        if (element.ValueKind == JsonValueKind.String
            && DateOnly.TryParseExact(element.GetString(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed))
        {
            day = parsed;
            return null;
        }

        return $"\"{name}\" must be a UTC day written YYYY-MM-DD, not {Describe(element)}.";
    }

    private static string? ReadPools(JsonElement root, out IReadOnlyList<long>? pools)
    {
        pools = null;
        if (!root.TryGetProperty("pools", out var element))
        {
            return null;
        }

        if (element.ValueKind != JsonValueKind.Array)
        {
            return $"\"pools\" must be an array of pool ids, e.g. [234, 1021], not {Describe(element)}.";
        }

        var ids = new List<long>();
        foreach (var item in element.EnumerateArray())
        {
            long id = 0;
            var ok = item.ValueKind switch
            {
                JsonValueKind.Number => item.TryGetInt64(out id),
                JsonValueKind.String => long.TryParse(item.GetString(), NumberStyles.None, CultureInfo.InvariantCulture, out id),
                _ => false,
            };
            if (!ok || id <= 0)
            {
                return $"\"pools\" must hold positive pool ids; {Describe(item)} is not one.";
            }

            ids.Add(id);
        }

        if (ids.Count == 0)
        {
            return "\"pools\" is empty: leave it out to collect every pool.";
        }

        pools = ids.Distinct().ToArray();
        return null;
    }

    private static string Describe(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.String => Truncate($"\"{element.GetString()}\""),
        JsonValueKind.Number or JsonValueKind.True or JsonValueKind.False or JsonValueKind.Null => element.GetRawText(),
        _ => Describe(element.ValueKind),
    };

    private static string Describe(JsonValueKind kind) => kind switch
    {
        JsonValueKind.Array => "an array",
        JsonValueKind.Object => "an object",
        JsonValueKind.String => "a string",
        JsonValueKind.Number => "a number",
        JsonValueKind.Null => "null",
        _ => "a boolean",
    };

    private static string Truncate(string text) => text.Length <= 40 ? text : string.Concat(text.AsSpan(0, 40), "…\"");
}
