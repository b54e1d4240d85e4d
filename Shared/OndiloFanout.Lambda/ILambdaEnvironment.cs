namespace OndiloFanout.Lambda;

/// <summary>The process environment behind a seam, so tests can supply variables without touching the process.</summary>
public interface ILambdaEnvironment
{
    /// <summary>The variable's value, or null when it is not set.</summary>
    string? GetVariable(string name);

    /// <summary>Sets the variable; null removes it.</summary>
    void SetVariable(string name, string? value);
}
