using System.Diagnostics;
using System.Text.Json;

namespace OndiloFanout.Infrastructure.Tests.TestDoubles;

/// <summary>
/// cfn-lint, AWS's linter that checks templates against the CloudFormation registry schemas, run as a process on
/// template files (JSON or YAML). test.sh installs it when it is missing (<c>pip install cfn-lint</c>).
/// </summary>
public static class CfnLint
{
    /// <summary>
    /// The warnings the README lists with their reason, as (rule, logical id prefix): the CDK's Function construct
    /// makes each function depend on its role, which the function's GetAtt of the role's ARN already implies (W3005).
    /// </summary>
    public static IReadOnlyList<(string Rule, string Resource)> AcceptedWarnings { get; } =
        [("W3005", "SchedulerFunction"), ("W3005", "DeviceFetcherFunction")];

    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(5);

    /// <summary>Lints the templates; fails the test when cfn-lint is missing or fails itself.</summary>
    public static async Task<IReadOnlyList<CfnLintFinding>> RunAsync(IReadOnlyList<string> templates, CancellationToken cancellationToken)
    {
        var start = new ProcessStartInfo("cfn-lint");
        foreach (var argument in new[] { "--format", "json", "--" }.Concat(templates))
        {
            start.ArgumentList.Add(argument);
        }

        var run = await ProcessRun.StartAsync(start, Timeout, cancellationToken)
            ?? throw new InvalidOperationException("cfn-lint is not installed: `pip install cfn-lint` (./test.sh installs it).");

        // Exit code bits: 2 errors, 4 warnings, 8 informational; 1 (or a bare failure) is cfn-lint itself failing.
        Assert.True(run.ExitCode is 0 or 2 or 4 or 6 or 8 or 10 or 12 or 14, $"cfn-lint failed ({run.ExitCode}):\n{run.StandardError}");
        using var report = JsonDocument.Parse(run.StandardOutput);
        return
        [
            .. report.RootElement.EnumerateArray().Select(f => new CfnLintFinding(
                f.GetProperty("Rule").GetProperty("Id").GetString()!,
                f.GetProperty("Level").GetString()!,
                PathOf(f.GetProperty("Location").GetProperty("Path")),
                f.GetProperty("Message").GetString()!,
                f.GetProperty("Filename").GetString() ?? "")),
        ];
    }

    // Null for a finding about the whole file (a configuration or parse error).
    private static string PathOf(JsonElement path) =>
        path.ValueKind == JsonValueKind.Array ? string.Join('/', path.EnumerateArray().Select(p => p.ToString())) : "";

    /// <summary>Whether the README lists this finding as accepted.</summary>
    public static bool IsAccepted(CfnLintFinding finding)
    {
        ArgumentNullException.ThrowIfNull(finding);
        return finding.Level == "Warning"
            && AcceptedWarnings.Any(a => a.Rule == finding.Rule && finding.Resource.StartsWith(a.Resource, StringComparison.Ordinal));
    }
}
