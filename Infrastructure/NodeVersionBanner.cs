namespace OndiloFanout.Infrastructure;

/// <summary>
/// jsii, which runs the CDK's JavaScript for this app, prints a full-screen banner on every synth once the Node
/// version it runs on has reached end of life. The project is tested on Node 20 and the README says so, so the app
/// silences it itself: that works for anyone typing <c>npx cdk synth</c>, with no variable to export first.
/// </summary>
internal static class NodeVersionBanner
{
    /// <summary>jsii's variable: the Node major versions (comma-separated) whose end-of-life banner it skips.</summary>
    public const string SilenceVariable = "JSII_SILENCE_WARNING_END_OF_LIFE_NODE_VERSION";

    /// <summary>The Node major versions the project is tested on.</summary>
    public const string TestedNodeMajors = "20";

    /// <summary>Sets the variable for the jsii process this app starts, unless the user already set it.</summary>
    public static void Silence()
    {
        if (string.IsNullOrEmpty(System.Environment.GetEnvironmentVariable(SilenceVariable)))
        {
            System.Environment.SetEnvironmentVariable(SilenceVariable, TestedNodeMajors);
        }
    }
}
