// jsii (the bridge to the CDK's JavaScript) is not safe for parallel use: tests that synthesize in parallel
// fail with KeyNotFoundException '$jsii.byref' or hang.
[assembly: Xunit.CollectionBehavior(DisableTestParallelization = true)]
