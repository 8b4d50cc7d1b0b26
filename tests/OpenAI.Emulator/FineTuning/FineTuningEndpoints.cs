using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace OpenAI.Emulator;

/// <summary>The fine-tuning jobs API: create, list (with <c>metadata[k]=v</c>), retrieve, events, checkpoints, cancel, pause, resume.</summary>
internal sealed class FineTuningEndpoints(EmulatorOptions options, EmulatorState state, JobSimulator simulator)
{
    public void Map(IEndpointRouteBuilder app)
    {
        app.MapPost(EmulatorRoutes.Template(EmulatorRoutes.CreateJob), CreateAsync);
        app.MapGet(EmulatorRoutes.Template(EmulatorRoutes.ListJobs), List);
        app.MapGet(EmulatorRoutes.Template(EmulatorRoutes.GetJob), Retrieve);
        app.MapGet(EmulatorRoutes.Template(EmulatorRoutes.ListEvents), Events);
        app.MapGet(EmulatorRoutes.Template(EmulatorRoutes.ListCheckpoints), Checkpoints);
        app.MapPost(EmulatorRoutes.Template(EmulatorRoutes.CancelJob), (string fine_tuning_job_id) => Transition(fine_tuning_job_id, Cancel));
        app.MapPost(EmulatorRoutes.Template(EmulatorRoutes.PauseJob), (string fine_tuning_job_id) => Transition(fine_tuning_job_id, Pause));
        app.MapPost(EmulatorRoutes.Template(EmulatorRoutes.ResumeJob), (string fine_tuning_job_id) => Transition(fine_tuning_job_id, Resume));
    }

    private async Task<IResult> CreateAsync(HttpRequest request)
    {
        var body = await JsonBody.ReadAsync(request);
        if (body is null)
        {
            return ApiErrors.BadRequest("The request body must be a JSON object.");
        }

        lock (state.Gate)
        {
            var (job, error) = new JobRequest(options, state).Create(body);
            if (error is not null)
            {
                return error;
            }

            state.Add(job!);
            simulator.AddEvent(job!, "info", $"Created fine-tuning job: {job!.Id}");
            return Results.Json(job.ToJson());
        }
    }

    private IResult List(HttpRequest request, string? after, int? limit)
    {
        var filter = request.Query
            .Where(q => q.Key.StartsWith("metadata[", StringComparison.Ordinal) && q.Key.EndsWith(']'))
            .ToDictionary(q => q.Key["metadata[".Length..^1], q => q.Value.ToString(), StringComparer.Ordinal);
        lock (state.Gate)
        {
            var jobs = state.JobsNewestFirst.Where(j => filter.All(f => j.Metadata?.GetValueOrDefault(f.Key) == f.Value));
            foreach (var job in jobs)
            {
                simulator.CatchUp(job);
            }

            return Page.Of(jobs, j => j.Id, j => j.ToJson(), after, limit ?? 20, ids: false);
        }
    }

    private IResult Retrieve(string fine_tuning_job_id) => WithJob(fine_tuning_job_id, job =>
    {
        if (options.Progress == JobProgressMode.ByPolls)
        {
            simulator.Tick(job);
        }

        return Results.Json(job.ToJson());
    });

    private IResult Events(string fine_tuning_job_id, string? after, int? limit) =>
        WithJob(fine_tuning_job_id, job => Page.Of(Enumerable.Reverse(job.Events), e => e.Id, e => e.ToJson(), after, limit ?? 20, ids: false));

    private IResult Checkpoints(string fine_tuning_job_id, string? after, int? limit) =>
        WithJob(fine_tuning_job_id, job => Page.Of(Enumerable.Reverse(job.Checkpoints), c => c.Id, c => c.ToJson(), after, limit ?? 10));

    private IResult Transition(string id, Func<EmulatedJob, IResult?> change) => WithJob(id, job => change(job) ?? Results.Json(job.ToJson()));

    private IResult? Cancel(EmulatedJob job)
    {
        if (job.IsTerminal)
        {
            return ApiErrors.BadRequest($"Job {job.Id} has already {job.Status} and cannot be cancelled.", code: "invalid_job_state");
        }

        job.Status = "cancelled";
        job.FinishedAt = options.Clock.GetUtcNow().ToUnixTimeSeconds();
        simulator.AddEvent(job, "info", "Fine-tuning job cancelled");
        return null;
    }

    private IResult? Pause(EmulatedJob job)
    {
        if (job.Status != "running")
        {
            return ApiErrors.BadRequest($"Job {job.Id} is {job.Status}; only running jobs can be paused.", code: "invalid_job_state");
        }

        job.Status = "pausing";
        simulator.AddEvent(job, "info", "Pausing fine-tuning job");
        return null;
    }

    private IResult? Resume(EmulatedJob job)
    {
        if (job.Status is not ("paused" or "pausing"))
        {
            return ApiErrors.BadRequest($"Job {job.Id} is {job.Status}; only paused jobs can be resumed.", code: "invalid_job_state");
        }

        job.Status = "running";
        simulator.AddEvent(job, "info", "Fine-tuning job resumed");
        return null;
    }

    private IResult WithJob(string id, Func<EmulatedJob, IResult> answer)
    {
        lock (state.Gate)
        {
            if (state.FindJob(id) is not { } job)
            {
                return ApiErrors.NotFound($"Could not find fine-tune: {id}", "fine_tune_id", "fine_tune_not_found");
            }

            simulator.CatchUp(job);
            return answer(job);
        }
    }
}
