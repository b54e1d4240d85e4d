namespace OndiloFanout.Infrastructure.Tests.TestDoubles;

/// <summary>
/// A stand-in <c>dotnet</c> first on PATH: <c>--version</c> answers <see cref="SdkVersion"/>, <c>publish</c> writes
/// a dummy <c>bootstrap</c> (and a symbols file) into its <c>-o</c> folder, prints to standard output as the real
/// one does, and logs the project it published. So the build script runs in milliseconds, with no AOT compiler.
/// </summary>
public sealed class FakeDotnet : IDisposable
{
    private const string Script = """
        #!/usr/bin/env bash
        if [ "$1" = "--version" ]; then echo "$FAKE_DOTNET_SDK"; exit 0; fi
        if [ "$1" != "publish" ]; then echo "unexpected: dotnet $*" >&2; exit 3; fi
        echo "$2" >> "$FAKE_DOTNET_LOG"
        while [ $# -gt 0 ]; do if [ "$1" = "-o" ]; then out="$2"; fi; shift; done
        mkdir -p "$out" && printf '#!/bin/sh\n' > "$out/bootstrap" && chmod +x "$out/bootstrap" && : > "$out/bootstrap.dbg"
        echo "  Generating native code"
        """;

    public FakeDotnet()
    {
        Root = Directory.CreateTempSubdirectory("ondilo-fake-dotnet-").FullName;
        Directory.CreateDirectory(Path.Combine(Root, "bin"));
        var dotnet = Path.Combine(Root, "bin", "dotnet");
        File.WriteAllText(dotnet, Script.ReplaceLineEndings("\n") + "\n");
        if (!OperatingSystem.IsWindows()) // the script under test is bash: it runs where files have modes
        {
            File.SetUnixFileMode(dotnet, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }
    }

    /// <summary>Temporary root: the fake's folder, its log, and room for an output folder.</summary>
    public string Root { get; }

    /// <summary>What <c>dotnet --version</c> answers.</summary>
    public string SdkVersion { get; set; } = "10.0.100";

    /// <summary>The projects published so far, in order.</summary>
    public IReadOnlyList<string> Published => File.Exists(LogPath) ? File.ReadAllLines(LogPath) : [];

    private string LogPath => Path.Combine(Root, "published.log");

    /// <summary>Runs <c>bash Tools/build-lambdas.sh <paramref name="outputFolder"/></c> with this fake first on PATH.</summary>
    public async Task<ProcessRun> RunBuildScriptAsync(string outputFolder, CancellationToken cancellationToken)
    {
        var root = CdkCli.RepositoryRoot();
        var start = new System.Diagnostics.ProcessStartInfo("bash") { WorkingDirectory = root };
        start.ArgumentList.Add(Path.Combine(root, "Tools", "build-lambdas.sh"));
        start.ArgumentList.Add(outputFolder);
        start.Environment["PATH"] = Path.Combine(Root, "bin") + Path.PathSeparator + System.Environment.GetEnvironmentVariable("PATH");
        start.Environment["FAKE_DOTNET_SDK"] = SdkVersion;
        start.Environment["FAKE_DOTNET_LOG"] = LogPath;
        return await ProcessRun.StartAsync(start, TimeSpan.FromMinutes(2), cancellationToken) ?? throw new InvalidOperationException("bash is not installed");
    }

    public void Dispose() => Directory.Delete(Root, recursive: true);
}
