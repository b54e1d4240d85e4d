using System.CommandLine;
using System.Globalization;
using System.Numerics;

namespace OndiloFanout.Cli.Commands;

/// <summary>
/// Checks that run while the command line is parsed, so that a value out of range is a usage error (exit 2) naming its
/// option, the value and the limits, like any other parse error: "--days 0 is outside 1..366."
/// </summary>
internal static class OptionRules
{
    /// <summary>Refuses a value outside <paramref name="min"/>..<paramref name="max"/>.</summary>
    public static Option<T> Within<T>(this Option<T> option, T min, T max)
        where T : struct, INumber<T> =>
        option.Refusing(value => value < min || value > max ? OutsideOf(min, max) : null);

    /// <summary>Refuses a given value outside <paramref name="min"/>..<paramref name="max"/>; leaving the option out stays allowed.</summary>
    public static Option<T?> Within<T>(this Option<T?> option, T min, T max)
        where T : struct, INumber<T> =>
        option.Refusing(value => value is { } given && (given < min || given > max) ? OutsideOf(min, max) : null);

    /// <summary>Refuses a value for which <paramref name="why"/> says what is wrong with it (null: the value is fine).</summary>
    public static Option<T> Refusing<T>(this Option<T> option, Func<T, string?> why)
    {
        ArgumentNullException.ThrowIfNull(option);
        ArgumentNullException.ThrowIfNull(why);
        option.Validators.Add(result =>
        {
            T value;
            try
            {
                value = result.GetValueOrDefault<T>();
            }
            catch (InvalidOperationException)
            {
                // Not even of the option's type: the parser reports that error itself.
                return;
            }

            if (why(value) is { } reason)
            {
                result.AddError(string.Create(CultureInfo.InvariantCulture, $"{option.Name} {value} {reason}."));
            }
        });
        return option;
    }

    private static string OutsideOf<T>(T min, T max)
        where T : INumber<T> =>
        string.Create(CultureInfo.InvariantCulture, $"is outside {min}..{max}");
}
