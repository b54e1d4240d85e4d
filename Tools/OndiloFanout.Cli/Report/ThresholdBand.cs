namespace OndiloFanout.Cli.Report;

/// <summary>The range a pool owner configured as right for one measure type (Ondilo's <c>X_low</c>..<c>X_high</c>).</summary>
internal sealed record ThresholdBand(double Low, double High);
