using System.Text.Json;

namespace OndiloFanout.Lambda.Logging;

/// <summary>
/// Collects metrics and writes them as CloudWatch Embedded Metric Format lines, which CloudWatch Logs turns into
/// metrics with no API call. Every metric carries the <c>service</c> dimension plus any added with
/// <see cref="AddDimension"/>. A metric added twice is summed. <see cref="Flush"/> writes at most 100 metrics per
/// line (the EMF limit), then clears metrics and added dimensions. Thread-safe.
/// </summary>
public sealed class EmfMetrics
{
    /// <summary>EMF allows at most 100 metric definitions per directive.</summary>
    public const int MaxMetricsPerLine = 100;

    /// <summary>EMF allows at most 30 dimensions per dimension set.</summary>
    public const int MaxDimensions = 30;

    private const string ServiceDimension = "service";

    private readonly TextWriter _output;
    private readonly TimeProvider _timeProvider;
    private readonly string _namespace;
    private readonly string _service;
    private readonly Lock _gate = new();
    private readonly Dictionary<string, (double Value, string Unit)> _metrics = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _dimensions = new(StringComparer.Ordinal);

    public EmfMetrics(TextWriter output, TimeProvider timeProvider, string metricsNamespace, string service)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(timeProvider);
        RequireLength(metricsNamespace, 255, nameof(metricsNamespace));
        RequireLength(service, 1024, nameof(service));
        _output = output;
        _timeProvider = timeProvider;
        _namespace = metricsNamespace;
        _service = service;
    }

    /// <summary>Adds <paramref name="value"/> to the metric <paramref name="name"/> (summed with earlier values).</summary>
    /// <exception cref="ArgumentException">Bad name, unknown unit, a unit other than the metric's first one, or a non-finite value.</exception>
    public void AddMetric(string name, double value, string unit = MetricUnits.Count)
    {
        RequireLength(name, 255, nameof(name));
        if (!MetricUnits.IsValid(unit))
        {
            throw new ArgumentException($"'{unit}' is not a CloudWatch unit.", nameof(unit));
        }

        if (!double.IsFinite(value))
        {
            throw new ArgumentException("A metric value must be a finite number.", nameof(value));
        }

        lock (_gate)
        {
            RequireFreeKey(name, isMetric: true);
            if (_metrics.TryGetValue(name, out var existing))
            {
                if (existing.Unit != unit)
                {
                    throw new ArgumentException($"Metric '{name}' already uses unit '{existing.Unit}'.", nameof(unit));
                }

                value += existing.Value;
            }

            _metrics[name] = (value, unit);
        }
    }

    /// <summary>Adds a dimension to every metric of the next <see cref="Flush"/>.</summary>
    public void AddDimension(string name, string value)
    {
        RequireLength(name, 255, nameof(name));
        RequireLength(value, 1024, nameof(value));
        if (name.StartsWith(':'))
        {
            throw new ArgumentException("A dimension name may not start with ':'.", nameof(name));
        }

        lock (_gate)
        {
            RequireFreeKey(name, isMetric: false);
            if (!_dimensions.ContainsKey(name) && _dimensions.Count + 1 >= MaxDimensions)
            {
                throw new InvalidOperationException($"At most {MaxDimensions} dimensions, service included.");
            }

            _dimensions[name] = value;
        }
    }

    /// <summary>Writes the collected metrics (nothing when there are none) and starts over.</summary>
    public void Flush()
    {
        lock (_gate)
        {
            if (_metrics.Count == 0)
            {
                _dimensions.Clear();
                return;
            }

            var timestamp = _timeProvider.GetUtcNow().ToUnixTimeMilliseconds();
            foreach (var chunk in _metrics.Chunk(MaxMetricsPerLine))
            {
                _output.WriteLine(FormatLine(timestamp, chunk));
            }

            _output.Flush();
            _metrics.Clear();
            _dimensions.Clear();
        }
    }

    private string FormatLine(long timestamp, KeyValuePair<string, (double Value, string Unit)>[] metrics)
    {
        using var json = new JsonLine();
        var writer = json.Writer;
        writer.WriteStartObject("_aws");
        writer.WriteNumber("Timestamp", timestamp);
        writer.WriteStartArray("CloudWatchMetrics");
        writer.WriteStartObject();
        writer.WriteString("Namespace", _namespace);
        writer.WriteStartArray("Dimensions");
        writer.WriteStartArray();
        writer.WriteStringValue(ServiceDimension);
        foreach (var name in _dimensions.Keys)
        {
            writer.WriteStringValue(name);
        }

        writer.WriteEndArray();
        writer.WriteEndArray();
        writer.WriteStartArray("Metrics");
        foreach (var (name, (_, unit)) in metrics)
        {
            writer.WriteStartObject();
            writer.WriteString("Name", name);
            writer.WriteString("Unit", unit);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
        writer.WriteEndArray();
        writer.WriteEndObject();
        writer.WriteString(ServiceDimension, _service);
        foreach (var (name, value) in _dimensions)
        {
            writer.WriteString(name, value);
        }

        foreach (var (name, (value, _)) in metrics)
        {
            writer.WriteNumber(name, value);
        }

        return json.Close();
    }

    // Metrics and dimensions share the root object with "_aws" and "service": a clash would make one overwrite the other.
    private void RequireFreeKey(string name, bool isMetric)
    {
        var taken = name is "_aws" or ServiceDimension
            || (isMetric ? _dimensions.ContainsKey(name) : _metrics.ContainsKey(name));
        if (taken)
        {
            throw new ArgumentException($"'{name}' is already used as a dimension, metric or reserved key.", nameof(name));
        }
    }

    private static void RequireLength(string value, int maxLength, string parameterName)
    {
        ArgumentException.ThrowIfNullOrEmpty(value, parameterName);
        if (value.Length > maxLength)
        {
            throw new ArgumentException($"At most {maxLength} characters.", parameterName);
        }
    }
}
