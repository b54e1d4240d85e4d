namespace Ondilo.Simulator;

/// <summary>One measure of the ground truth, as the API would report it.</summary>
/// <param name="DataType">temperature, ph, orp, salt, tds, battery or rssi.</param>
/// <param name="Value">The value, or null as the API sometimes sends.</param>
/// <param name="ValueTime">When the ICO measured it (UTC, whole seconds).</param>
/// <param name="IsValid">False for a measure the API flags as excluded.</param>
/// <param name="ExclusionReason">Why an invalid measure was excluded; null otherwise.</param>
public sealed record SimulatedMeasure(string DataType, double? Value, DateTimeOffset ValueTime, bool IsValid, string? ExclusionReason);
