using OndiloFanout.Collection;

namespace OndiloFanout.Aws.Firehose;

/// <summary>
/// Packs lake records into as few Firehose records as fit (JSON Lines, each object newline-terminated, split again
/// by Firehose's RecordDeAggregation), and the Firehose records into as few calls as the call limits allow.
/// Firehose bills ingestion in 5 KB steps per record, so one packed record costs far less than hundreds of small ones.
/// </summary>
internal static class FirehoseRecordPacker
{
    public static List<byte[]> Pack(IReadOnlyList<MeasureRecord> records, int maxRecordBytes)
    {
        var packed = new List<byte[]>();
        using var current = new MemoryStream();
        foreach (var record in records)
        {
            var line = LakeJsonLines.Line(record);
            if (line.Length + 1 > maxRecordBytes)
            {
                throw new InvalidOperationException(
                    $"Record {record.RecordId} takes {line.Length + 1} bytes, more than a Firehose record holds ({maxRecordBytes}).");
            }

            if (current.Length + line.Length + 1 > maxRecordBytes)
            {
                packed.Add(current.ToArray());
                current.SetLength(0);
            }

            current.Write(line);
            current.WriteByte((byte)'\n');
        }

        if (current.Length > 0)
        {
            packed.Add(current.ToArray());
        }

        return packed;
    }

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
