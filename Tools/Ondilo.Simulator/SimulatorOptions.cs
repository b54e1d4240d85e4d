using Ondilo.Simulator.Faults;

namespace Ondilo.Simulator;

/// <summary>
/// How a simulated Ondilo account and its API behave. Defaults: 3 pools, seed 1, a free port on 127.0.0.1,
/// the documented quota (30 calls per clock hour, 5 per second, enabled), no faults, no latency,
/// <see cref="SimulatorTimestampFormat.Space"/> timestamps, consent granted.
/// </summary>
public sealed record SimulatorOptions
{
    /// <summary>Number of pools of the account (default 3).</summary>
    public int Pools { get; init; } = 3;

    /// <summary>Seed of every generated value and of the fault draws (default 1).</summary>
    public int Seed { get; init; } = 1;

    /// <summary>TCP port on 127.0.0.1; 0 (default) picks a free one.</summary>
    public int Port { get; init; }

    /// <summary>Requests allowed per UTC clock hour before every API call answers the quota 400 (default 30).</summary>
    public int CallsPerHour { get; init; } = 30;

    /// <summary>Requests allowed per second (default 5).</summary>
    public int CallsPerSecond { get; init; } = 5;

    /// <summary>Whether the quota is enforced at all (default true).</summary>
    public bool QuotaEnabled { get; init; } = true;

    /// <summary>
    /// Share (0–1) of API and token requests answered with a fault: 500, 502 nginx page, 503, truncated JSON or a
    /// connection reset (default 0).
    /// </summary>
    public double FaultRate { get; init; }

    /// <summary>
    /// The failures <see cref="FaultRate"/> draws from, equally likely; default null: 500, 502 page, 503, truncated
    /// JSON and connection reset. <see cref="FaultKind.Timeout"/> is only drawn when named: it holds a request open
    /// until the client's own timeout.
    /// </summary>
    public IReadOnlyList<FaultKind>? FaultKinds { get; init; }

    /// <summary>
    /// When set, only requests whose path starts with it can be faulted, e.g. <c>/oauth2/token</c>; default null:
    /// every API and token request.
    /// </summary>
    public string? FaultPathPrefix { get; init; }

    /// <summary>Delay before each response, measured on the simulator's clock (default none).</summary>
    public TimeSpan Latency { get; init; } = TimeSpan.Zero;

    /// <summary>Format of measure timestamps (default <see cref="SimulatorTimestampFormat.Space"/>).</summary>
    public SimulatorTimestampFormat TimestampFormat { get; init; } = SimulatorTimestampFormat.Space;

    /// <summary>When true, the authorize page redirects with <c>error=access_denied</c> (default false).</summary>
    public bool DenyConsent { get; init; }
}
