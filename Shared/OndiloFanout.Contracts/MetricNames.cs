namespace OndiloFanout.Contracts;

/// <summary>The names of the CloudWatch metrics the functions emit (alarms and dashboards use the same constants).</summary>
public static class MetricNames
{
    /// <summary>The CloudWatch namespace of the functions' metrics (each stack's carry its own <c>service</c> dimension).</summary>
    public const string Namespace = "OndiloFanout";

    /// <summary>Measure records accepted by the sink; the catch-all alarm fires when none were for 36 hours.</summary>
    public const string RecordsCollected = "RecordsCollected";

    /// <summary>Device-days the scheduler enqueued.</summary>
    public const string DeviceDaysPlanned = "DeviceDaysPlanned";

    /// <summary>Device-days marked complete.</summary>
    public const string DeviceDaysCollected = "DeviceDaysCollected";

    /// <summary>Device-days written but only partly covered (topped up later or closed as partial).</summary>
    public const string DeviceDaysPartial = "DeviceDaysPartial";

    /// <summary>Device-days found already collected (no API call).</summary>
    public const string DeviceDaysSkipped = "DeviceDaysSkipped";

    /// <summary>Calls made to the Ondilo API, token refreshes included.</summary>
    public const string OndiloApiCalls = "OndiloApiCalls";

    /// <summary>Messages re-sent later for lack of quota or a busy pool.</summary>
    public const string QuotaDeferrals = "QuotaDeferrals";

    /// <summary>Messages returned to the queue for a transient failure.</summary>
    public const string Retries = "Retries";

    /// <summary>Messages sent to the dead-letter queue.</summary>
    public const string DeadLettered = "DeadLettered";

    /// <summary>Days the lake's least fresh pool is behind real time (1: yesterday complete), from each daily run's plan.</summary>
    public const string LakeLagDays = "LakeLagDays";

    /// <summary>
    /// Days until the oldest uncollected hour of any pool leaves the API's history, from each daily run's plan; an alarm
    /// fires below <see cref="HistoryExpiryAlarmDays"/>.
    /// </summary>
    public const string HistoryExpiryDays = "HistoryExpiryDays";

    /// <summary>The <see cref="HistoryExpiryDays"/> below which a pool's history is about to go unread: the alarm's threshold.</summary>
    public const int HistoryExpiryAlarmDays = 3;
}
