using System.Collections.Concurrent;
using OndiloFanout.Lambda;

namespace OndiloFanout.Tests.TestDoubles;

/// <summary>An in-memory environment: starts empty, records every set.</summary>
internal sealed class LambdaFakeEnvironment : ILambdaEnvironment
{
    private readonly ConcurrentDictionary<string, string> _variables = new(StringComparer.Ordinal);

    public string? this[string name]
    {
        get => GetVariable(name);
        set => SetVariable(name, value);
    }

    public string? GetVariable(string name) => _variables.TryGetValue(name, out var value) ? value : null;

    public void SetVariable(string name, string? value)
    {
        if (value is null)
        {
            _variables.TryRemove(name, out _);
        }
        else
        {
            _variables[name] = value;
        }
    }
}
