# The worker image: `docker build -t tensionwatch .` then see docker-compose.yml.
FROM python:3.11-slim AS build
WORKDIR /src
COPY pyproject.toml README.md ./
COPY services ./services
RUN pip wheel --no-cache-dir --wheel-dir /wheels .

FROM python:3.11-slim
RUN useradd --system --uid 10001 tensionwatch
COPY --from=build /wheels /wheels
RUN pip install --no-cache-dir /wheels/*.whl && rm -rf /wheels
USER tensionwatch
WORKDIR /home/tensionwatch
ENV TENSIONWATCH_WEB_HOST=0.0.0.0 \
    TENSIONWATCH_DATA_DIR=/home/tensionwatch/data
EXPOSE 6066
HEALTHCHECK --interval=15s --timeout=3s \
  CMD python -c "import urllib.request,sys; urllib.request.urlopen('http://127.0.0.1:6066/healthz', timeout=2)" || exit 1
ENTRYPOINT ["tensionwatch"]
CMD ["worker"]
