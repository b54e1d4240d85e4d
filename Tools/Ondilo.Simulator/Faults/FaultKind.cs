namespace Ondilo.Simulator.Faults;

/// <summary>The failures seen in the wild that the simulator can inject.</summary>
internal enum FaultKind
{
    None,
    ServerError,
    BadGateway,
    ServiceUnavailable,
    TruncatedJson,
    ConnectionReset,
}
