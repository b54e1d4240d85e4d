namespace OndiloFanout.Lambda;

/// <summary>The real process environment.</summary>
internal sealed class ProcessLambdaEnvironment : ILambdaEnvironment
{
    /// <inheritdoc />
    public string? GetVariable(string name) => Environment.GetEnvironmentVariable(name);

    /// <inheritdoc />
    public void SetVariable(string name, string? value) => Environment.SetEnvironmentVariable(name, value);
}
