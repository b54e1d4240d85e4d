namespace Ondilo.Simulator.Faults;

/// <summary>The failures seen in the wild that the simulator can inject (see <see cref="SimulatorOptions.FaultKinds"/>).</summary>
public enum FaultKind
{
    /// <summary>No fault: the request is served.</summary>
    None,
    /// <summary>HTTP 500 with a JSON error body.</summary>
    ServerError,
    /// <summary>HTTP 502 with nginx's HTML page.</summary>
    BadGateway,
    /// <summary>HTTP 503 with a JSON error body.</summary>
    ServiceUnavailable,
    /// <summary>HTTP 200 with the first half of the real body.</summary>
    TruncatedJson,
    /// <summary>The connection is dropped without an answer.</summary>
    ConnectionReset,
    /// <summary>No answer at all: the request is held until the client gives up.</summary>
    Timeout,
}
