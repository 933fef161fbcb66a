# The worker image: `docker build -t tensionwatch .` then see docker-compose.yml.
FROM python:3.11-slim AS build
# The coder is compiled with mypyc (setup.py): a C compiler in this stage only. The official
# image ships Python's headers; an image built from Debian's python3 gets them from its -dev
# package.
RUN apt-get update \
 && apt-get install -y --no-install-recommends gcc libc6-dev \
 && (python -c "import os, sysconfig; assert os.path.exists(sysconfig.get_paths()['include'] + '/Python.h')" \
     || apt-get install -y --no-install-recommends "libpython$(python -c 'import sys; print("%d.%d" % sys.version_info[:2])')-dev") \
 && rm -rf /var/lib/apt/lists/*
WORKDIR /src
# The dependencies and the compiler's build requirements (mypyc, in mypy) in layers of their own,
# from pyproject.toml alone: a change to the code does not build them again.
COPY pyproject.toml ./
RUN python -c "import tomllib; [print(d) for d in tomllib.load(open('pyproject.toml', 'rb'))['project']['dependencies']]" >/tmp/requirements.txt \
 && pip wheel --no-cache-dir --wheel-dir /deps -r /tmp/requirements.txt \
 && pip install --no-cache-dir --no-index --find-links /deps -r /tmp/requirements.txt \
 && pip install --no-cache-dir "mypy>=1.11" "setuptools>=77" wheel
COPY setup.py README.md ./
COPY services ./services
# Built against the build requirements installed above (setup.py compiles the coder with mypyc).
RUN TENSIONWATCH_COMPILE=1 pip wheel --no-cache-dir --no-build-isolation --no-deps --wheel-dir /app .

FROM python:3.11-slim
RUN useradd --system --uid 10001 --create-home --home-dir /home/tensionwatch tensionwatch
COPY --from=build /deps /deps
RUN pip install --no-cache-dir --no-index /deps/*.whl && rm -rf /deps
COPY --from=build /app /app
RUN pip install --no-cache-dir --no-index --no-deps /app/*.whl && rm -rf /app
USER tensionwatch
WORKDIR /home/tensionwatch
ENV TENSIONWATCH_WEB_HOST=0.0.0.0 \
    TENSIONWATCH_DATA_DIR=/home/tensionwatch/data
EXPOSE 6066
# Liveness only: /readyz is 503 while the broker is down, which is no reason to restart.
HEALTHCHECK --interval=15s --timeout=3s --start-period=30s \
  CMD python -c "import os, urllib.request; urllib.request.urlopen('http://127.0.0.1:%s/healthz' % os.environ.get('TENSIONWATCH_WEB_PORT', '6066'), timeout=2)" || exit 1
ENTRYPOINT ["tensionwatch"]
CMD ["worker"]
