namespace OndiloFanout.Infrastructure;

/// <summary>How Firehose compresses the objects it writes to the data lake.</summary>
internal enum DeliveryCompression
{
    /// <summary>Plain JSON Lines, the same bytes the local data lake folder holds (the default).</summary>
    None,

    /// <summary>GZIP: about ten times smaller; Athena and most lake tools read it transparently.</summary>
    Gzip,
}
