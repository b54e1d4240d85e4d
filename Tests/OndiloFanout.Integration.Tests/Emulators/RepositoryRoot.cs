namespace OndiloFanout.Integration.Tests.Emulators;

/// <summary>Finds the repository root (the folder holding OndiloFanout.sln) from the test binaries.</summary>
internal static class RepositoryRoot
{
    private const string SolutionFile = "OndiloFanout.sln";

    public static string Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, SolutionFile)))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException($"No {SolutionFile} above {AppContext.BaseDirectory}: run the tests from a checkout of the repository.");
    }
}
