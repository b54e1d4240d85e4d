namespace Ondilo.Simulator;

/// <summary>How the simulator writes <c>value_time</c> on measures.</summary>
public enum SimulatorTimestampFormat
{
    /// <summary>The form real responses use since 2024: <c>2024-01-01 01:00:00</c> (UTC, no offset).</summary>
    Space,

    /// <summary>The form of the official documentation: <c>2020-03-23T16:08:51+0000</c>.</summary>
    Offset,

    /// <summary>Per pool: pools at an even position use <see cref="Space"/>, odd ones <see cref="Offset"/>.</summary>
    Mixed,
}
