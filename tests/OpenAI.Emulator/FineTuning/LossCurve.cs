namespace OpenAI.Emulator;

/// <summary>The deterministic loss the emulator reports: a decaying exponential with a small ripple.</summary>
public static class LossCurve
{
    public static double TrainLoss(int step, int totalSteps)
    {
        var progress = totalSteps <= 0 ? 1.0 : (double)step / totalSteps;
        var ripple = 0.05 * Math.Sin(step * 1.7);
        return Math.Round(0.15 + (1.85 * Math.Exp(-3.0 * progress)) + ripple, 4);
    }

    public static double ValidLoss(int step, int totalSteps) => Math.Round(TrainLoss(step, totalSteps) + 0.08, 4);

    public static double Accuracy(double loss) => Math.Round(Math.Clamp(1.0 - (loss / 2.5), 0.0, 1.0), 4);
}
