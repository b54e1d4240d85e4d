namespace OndiloFanout.Infrastructure.Tests.TestDoubles;

/// <summary>One thing cfn-lint reports: its rule, level, where in which template, and what.</summary>
public sealed record CfnLintFinding(string Rule, string Level, string Path, string Message, string File)
{
    /// <summary>The logical id of the resource it is about, or empty.</summary>
    public string Resource => Path.StartsWith("Resources/", StringComparison.Ordinal) ? Path.Split('/')[1] : "";

    public override string ToString() => $"{Rule} {Level} {Path}: {Message} ({System.IO.Path.GetFileName(File)})";
}
