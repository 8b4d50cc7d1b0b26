using System.Globalization;

namespace FineTune.Pipeline.Reporting;

/// <summary>Durations for people: <c>85 ms</c>, <c>1.4 s</c>, <c>2 min 05 s</c>.</summary>
public static class Durations
{
    public static string Format(TimeSpan duration)
    {
        if (duration < TimeSpan.FromSeconds(1))
        {
            return $"{Math.Round(duration.TotalMilliseconds).ToString(CultureInfo.InvariantCulture)} ms";
        }

        if (duration < TimeSpan.FromMinutes(1))
        {
            return $"{duration.TotalSeconds.ToString("0.0", CultureInfo.InvariantCulture)} s";
        }

        return $"{(int)duration.TotalMinutes} min {duration.Seconds.ToString("00", CultureInfo.InvariantCulture)} s";
    }
}
