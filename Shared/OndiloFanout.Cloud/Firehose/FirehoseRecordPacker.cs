using OndiloFanout.Domain.Collection;

namespace OndiloFanout.Cloud.Firehose;

/// <summary>
/// Packs lake records into as few Firehose records as fit (JSON Lines, each object newline-terminated, split again
/// by Firehose's RecordDeAggregation), and the Firehose records into as few calls as the call limits allow.
/// Firehose bills ingestion in 5 KB steps per record, so one packed record costs far less than hundreds of small ones.
/// </summary>
internal static class FirehoseRecordPacker
{
    /// <summary>
    /// Packs <paramref name="records"/> into Firehose records of at most <paramref name="maxRecordBytes"/> bytes and at most
    /// <paramref name="maxSubRecords"/> lines each.
    /// </summary>
    public static List<byte[]> Pack(IReadOnlyList<MeasureRecord> records, int maxRecordBytes, int maxSubRecords) =>
        LakeJsonLines.Chunks(records, maxRecordBytes, maxSubRecords);

    public static List<List<byte[]>> SplitIntoCalls(IReadOnlyList<byte[]> records, int maxRecordsPerCall, int maxBytesPerCall)
    {
        var calls = new List<List<byte[]>>();
        var call = new List<byte[]>();
        long callBytes = 0;
        foreach (var record in records)
        {
            if (call.Count == maxRecordsPerCall || (call.Count > 0 && callBytes + record.Length > maxBytesPerCall))
            {
                calls.Add(call);
                call = [];
                callBytes = 0;
            }

            call.Add(record);
            callBytes += record.Length;
        }

        if (call.Count > 0)
        {
            calls.Add(call);
        }

        return calls;
    }
}
