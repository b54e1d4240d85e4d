namespace OndiloFanout.Cli.Commands;

/// <summary>
/// The scheduler names the fields of its JSON input ("date", "dryRun"); on the command line the same request was made
/// with options (--date, --dry-run), so its refusals are reworded in the options' names.
/// </summary>
internal static class SchedulerWording
{
    private static readonly (string Field, string Option)[] Names =
    [
        ("month", "--month"), ("date", "--date"), ("from", "--from"), ("to", "--to"), ("pools", "--pools"), ("force", "--force"), ("dryRun", "--dry-run"),
    ];

    public static string ForCommandLine(string message)
    {
        ArgumentNullException.ThrowIfNull(message);
        foreach (var (field, option) in Names)
        {
            message = message.Replace($"\"{field}\"", option, StringComparison.Ordinal);
        }

        return message.Replace(" in the scheduler input", "", StringComparison.Ordinal);
    }
}
