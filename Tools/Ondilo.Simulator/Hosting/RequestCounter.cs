using System.Collections.Concurrent;

namespace Ondilo.Simulator.Hosting;

/// <summary>Counts every request received, per path.</summary>
internal sealed class RequestCounter
{
    private readonly ConcurrentDictionary<string, int> byPath = new(StringComparer.Ordinal);
    private int total;

    public int Total => Volatile.Read(ref total);

    public void Add(string path)
    {
        Interlocked.Increment(ref total);
        byPath.AddOrUpdate(path, 1, (_, count) => count + 1);
    }

    public int CountFor(string pathPrefix) =>
        byPath.Where(entry => entry.Key.StartsWith(pathPrefix, StringComparison.Ordinal)).Sum(entry => entry.Value);
}
