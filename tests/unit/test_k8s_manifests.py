"""deploy/k8s validates offline: core kinds against Kubernetes' schemas (kubernetes-validate),
custom resources against their operators' schemas (kubernetes-models, on npm), and the
manifests agree with each other and with the service's settings."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
from pathlib import Path
from typing import Any

import kubernetes_validate
import pytest
import yaml

from tensionwatch.bootstrap import bootstrap
from tensionwatch.settings import Settings
from tests.fakes import KeywordCoder

K8S = Path(__file__).resolve().parents[2] / "deploy" / "k8s"
VALIDATOR = K8S / "validate"
KUBERNETES_VERSION = "1.32"
CUSTOM_GROUPS = {"keda.sh", "monitoring.coreos.com", "kafka.strimzi.io"}


def documents() -> list[dict[str, Any]]:
    kustomization = yaml.safe_load((K8S / "kustomization.yaml").read_text("utf-8"))
    found = []
    for name in kustomization["resources"]:
        found += [d for d in yaml.safe_load_all((K8S / name).read_text("utf-8")) if d]
    return found


def of_kind(kind: str) -> list[dict[str, Any]]:
    return [d for d in documents() if d["kind"] == kind]


def is_custom(document: dict[str, Any]) -> bool:
    return str(document["apiVersion"]).split("/")[0] in CUSTOM_GROUPS


def test_the_kustomization_lists_every_manifest() -> None:
    listed = set(yaml.safe_load((K8S / "kustomization.yaml").read_text("utf-8"))["resources"])
    assert listed == {p.name for p in K8S.glob("*.yaml")} - {"kustomization.yaml"}


def test_core_kinds_validate_strictly_against_the_kubernetes_schemas() -> None:
    core = [d for d in documents() if not is_custom(d)]
    assert {d["kind"] for d in core} == {
        "ConfigMap",
        "Secret",
        "Deployment",
        "PodDisruptionBudget",
        "Service",
    }
    for document in core:
        kubernetes_validate.validate(document, KUBERNETES_VERSION, strict=True)


def test_a_wrong_field_fails_the_strict_validation() -> None:
    [deployment] = of_kind("Deployment")
    broken = json.loads(json.dumps(deployment))
    broken["spec"]["template"]["spec"]["containers"][0]["livenessProbes"] = {}
    with pytest.raises(kubernetes_validate.ValidationError):
        kubernetes_validate.validate(broken, KUBERNETES_VERSION, strict=True)


def custom_resource_check(objects: list[dict[str, Any]]) -> subprocess.CompletedProcess[str]:
    node, npm = shutil.which("node"), shutil.which("npm")
    if not (node and npm):
        if os.environ.get("CI"):
            pytest.fail("node and npm are needed to validate the custom resources")
        pytest.skip("node and npm are needed to validate the custom resources")
    if not (VALIDATOR / "node_modules" / "@kubernetes-models").is_dir():
        subprocess.run(  # noqa: S603
            [npm, "ci", "--silent", "--no-audit", "--no-fund"], cwd=VALIDATOR, check=True
        )
    return subprocess.run(  # noqa: S603
        [node, "validate-crds.mjs"],
        cwd=VALIDATOR,
        input=json.dumps(objects),
        capture_output=True,
        text=True,
        check=False,
    )


def test_custom_resources_validate_against_their_operators_schemas() -> None:
    custom = [d for d in documents() if is_custom(d)]
    assert {d["kind"] for d in custom} == {
        "ScaledObject",
        "TriggerAuthentication",
        "ServiceMonitor",
        "KafkaTopic",
    }
    checked = custom_resource_check(custom)
    assert checked.returncode == 0, checked.stdout + checked.stderr
    assert checked.stdout.count("VALID ") == len(custom)


def test_a_wrong_custom_resource_fails_its_check() -> None:
    [scaled] = of_kind("ScaledObject")
    broken = json.loads(json.dumps(scaled))
    broken["spec"]["maxReplicaCount"] = "four"
    checked = custom_resource_check([broken])
    assert checked.returncode == 1 and "INVALID ScaledObject" in checked.stdout


def test_the_workers_are_non_root_probed_and_bounded() -> None:
    [deployment] = of_kind("Deployment")
    pod = deployment["spec"]["template"]["spec"]
    [container] = pod["containers"]
    assert pod["securityContext"]["runAsNonRoot"] is True
    assert pod["securityContext"]["runAsUser"] == 10001  # the image's user
    assert container["securityContext"]["readOnlyRootFilesystem"] is True
    assert container["securityContext"]["capabilities"]["drop"] == ["ALL"]
    assert container["readinessProbe"]["httpGet"]["path"] == "/readyz"
    assert container["livenessProbe"]["httpGet"]["path"] == "/healthz"
    assert set(container["resources"]["limits"]) == {"cpu", "memory"}
    [budget] = of_kind("PodDisruptionBudget")
    labels = deployment["spec"]["template"]["metadata"]["labels"]
    assert budget["spec"]["selector"]["matchLabels"].items() <= labels.items()


def test_scaling_stops_at_the_input_topics_partition_count() -> None:
    [scaled] = of_kind("ScaledObject")
    [config] = of_kind("ConfigMap")
    [trigger] = scaled["spec"]["triggers"]
    topics = {t["spec"]["topicName"]: t["spec"] for t in of_kind("KafkaTopic")}
    partitions = topics[trigger["metadata"]["topic"]]["partitions"]
    assert scaled["spec"]["maxReplicaCount"] == partitions
    assert int(config["data"]["TENSIONWATCH_PARTITIONS"]) == partitions
    assert trigger["metadata"]["allowIdleConsumers"] == "false"
    assert trigger["metadata"]["consumerGroup"] == config["data"]["TENSIONWATCH_APP_ID"]


def test_changelog_and_latest_value_topics_are_compacted_the_rest_retained() -> None:
    for topic in of_kind("KafkaTopic"):
        name, config = topic["spec"]["topicName"], topic["spec"]["config"]
        compacted = {"tension.index", "tension.alerts", "tensionwatch.attempts"}
        if name.endswith("-changelog") or name in compacted:
            assert config["cleanup.policy"] == "compact", name
        else:
            assert "cleanup.policy" not in config and int(config["retention.ms"]) > 0, name


def test_the_configmap_and_secret_hold_only_real_settings() -> None:
    """A variable that is not a setting stops the worker (exit 2): catch it here first."""
    known = {f"TENSIONWATCH_{name.upper()}" for name in Settings.model_fields}
    [config], [secret] = of_kind("ConfigMap"), of_kind("Secret")
    assert set(config["data"]) <= known
    assert set(secret["stringData"]) <= known
    environment = config["data"] | secret["stringData"]  # as the pod gets them
    Settings(**{k.removeprefix("TENSIONWATCH_").lower(): v for k, v in environment.items()})


def test_the_topics_declared_are_every_topic_the_worker_uses(tmp_path: Path) -> None:
    [config], [secret] = of_kind("ConfigMap"), of_kind("Secret")
    environment = config["data"] | secret["stringData"]  # as the pod gets them
    values = {k.removeprefix("TENSIONWATCH_").lower(): v for k, v in environment.items()}
    # The names as the pod has them; no credentials or certificates needed to read them.
    local = {"data_dir": str(tmp_path), "security_protocol": "PLAINTEXT"}
    settings = Settings(
        **{k: v for k, v in values.items() if k[:4] not in {"sasl", "ssl_"}} | local
    )
    service = bootstrap(settings, coder=KeywordCoder())
    used = {*service.topics.names(), settings.topic_attempts}
    declared = {t["spec"]["topicName"]: t["spec"] for t in of_kind("KafkaTopic")}
    assert set(declared) == used
    assert declared[settings.topic_attempts]["partitions"] == 1
