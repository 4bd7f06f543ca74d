# The reference server (server/, docs/server.md) in a container, from a clone of
# this repository. Not built by CI; build and run it with:
#   docker build -t aftercare-server .
#   docker run -p 8787:8787 -e DATABASE_URL=postgres://… -e AFTERCARE_ADMIN_KEYS=sha256:… \
#     -e AFTERCARE_POLICY=/policy/policy.json -v "$PWD/policy:/policy:ro" aftercare-server
# Without DATABASE_URL it keeps PGlite in /data (mount a volume there) and seeds the demo shop.
FROM node:20-slim
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --ignore-scripts --no-audit --no-fund
COPY server ./server
COPY src ./src
COPY tsconfig.json ./
ENV HOST=0.0.0.0 PORT=8787 DATA_DIR=/data NODE_ENV=production
RUN mkdir -p /data && chown node:node /data
VOLUME /data
EXPOSE 8787
USER node
CMD ["node", "node_modules/tsx/dist/cli.mjs", "server/main.ts"]
