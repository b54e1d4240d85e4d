using System.Diagnostics;

namespace OndiloFanout.Infrastructure.Tests.TestDoubles;

/// <summary>Runs the pinned CDK CLI (<c>npx cdk</c> from the repository's node_modules) at the repository root.</summary>
public static class CdkCli
{
    // A synth builds and runs the app under jsii: seconds on a quiet machine, several minutes next to other builds.
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(15);

    /// <summary>The folder holding cdk.json.</summary>
    public static string RepositoryRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "cdk.json")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException("No cdk.json above " + AppContext.BaseDirectory);
    }

    /// <summary>Runs <c>npx cdk</c> with the arguments; fails the test with the CLI's output on a non-zero exit.</summary>
    public static async Task<ProcessRun> RunAsync(IReadOnlyList<string> arguments, CancellationToken cancellationToken)
    {
        var root = RepositoryRoot();
        Assert.True(
            File.Exists(Path.Combine(root, "node_modules", "aws-cdk", "package.json")),
            "The pinned CDK CLI is not installed: run `npm ci` at the repository root.");

        var start = new ProcessStartInfo("npx") { WorkingDirectory = root };
        foreach (var argument in new[] { "cdk" }.Concat(arguments))
        {
            start.ArgumentList.Add(argument);
        }

        // As a user types it: the app itself must keep jsii's Node end-of-life banner away (test.sh exports the variable).
        start.Environment.Remove("JSII_SILENCE_WARNING_END_OF_LIFE_NODE_VERSION");
        start.Environment["CDK_DISABLE_VERSION_CHECK"] = "1";
        // The app is `dotnet run`: no build servers may outlive the test.
        start.Environment["MSBUILDDISABLENODEREUSE"] = "1";
        start.Environment["DOTNET_CLI_USE_MSBUILD_SERVER"] = "0";
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";

        var run = await ProcessRun.StartAsync(start, Timeout, cancellationToken) ?? throw new InvalidOperationException("npx is not installed");
        Assert.True(run.ExitCode == 0, $"npx cdk {string.Join(' ', arguments)} exited with {run.ExitCode}:\n{run.StandardOutput}{run.StandardError}");
        return run;
    }
}
