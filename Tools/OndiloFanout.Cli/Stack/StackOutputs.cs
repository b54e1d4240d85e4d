using System.Text.Json;
using OndiloFanout.Contracts;

namespace OndiloFanout.Cli.Stack;

/// <summary>
/// The file <c>cdk deploy --outputs-file outputs.json</c> writes: <c>{"&lt;stack&gt;":{"WorkQueueUrl":"…",…}}</c>.
/// The stack that has a <see cref="StackOutputNames.StateTableName"/> output is ours.
/// </summary>
internal sealed class StackOutputs
{
    private readonly IReadOnlyDictionary<string, string> _values;

    public StackOutputs(IReadOnlyDictionary<string, string> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        _values = values;
    }

    public string? Get(string name) => _values.GetValueOrDefault(name);

    /// <summary>Reads the file; a file without this project's stack is an error that says what the file should hold.</summary>
    public static StackOutputs Read(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"There is no stack outputs file {path}: write it with `npx cdk deploy --outputs-file {path}` (or name the resources with their own options).", path);
        }

        using var document = JsonDocument.Parse(File.ReadAllText(path));
        if (document.RootElement.ValueKind == JsonValueKind.Object)
        {
            foreach (var stack in document.RootElement.EnumerateObject())
            {
                if (stack.Value.ValueKind == JsonValueKind.Object && stack.Value.TryGetProperty(StackOutputNames.StateTableName, out _))
                {
                    return new StackOutputs(stack.Value.EnumerateObject()
                        .Where(output => output.Value.ValueKind == JsonValueKind.String)
                        .ToDictionary(output => output.Name, output => output.Value.GetString()!, StringComparer.Ordinal));
                }
            }
        }

        throw new InvalidDataException($"{path} holds no stack with a {StackOutputNames.StateTableName} output; write it with `cdk deploy --outputs-file {Path.GetFileName(path)}`.");
    }
}
