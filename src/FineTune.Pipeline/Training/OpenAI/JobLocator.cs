namespace FineTune.Pipeline.Training.OpenAI;

/// <summary>
/// Finds the job an earlier run created for the same identity: by listing jobs with the metadata
/// filter <c>finetune_identity</c> (this works from any machine), else by the job id in the state
/// file. Active jobs win over succeeded ones, succeeded over failed; cancelled jobs are ignored
/// (cancelling is how a user asks for a fresh start).
/// </summary>
internal sealed class JobLocator(OpenAIFineTuningApi api)
{
    public const string IdentityKey = "finetune_identity";

    public async Task<RemoteJob?> FindAsync(TrainingIdentity identity, string? recordedJobId, CancellationToken ct)
    {
        var filter = new Dictionary<string, string>(StringComparer.Ordinal) { [IdentityKey] = identity.Key };
        var jobs = (await api.ListJobsAsync(filter, maxPages: 5, ct)).ToList();
        if (jobs.Count == 0 && recordedJobId is not null && await api.GetJobAsync(recordedJobId, ct) is { } recorded)
        {
            jobs.Add(recorded);
        }

        return jobs.FirstOrDefault(j => j.IsActive)
            ?? jobs.FirstOrDefault(j => j.Status == "succeeded")
            ?? jobs.FirstOrDefault(j => j.Status == "failed");
    }
}
